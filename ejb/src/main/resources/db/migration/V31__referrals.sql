-- Referrals to services, with consent (docs/PRODUCT.md section "Referrals to services"): the region's catalogue of
-- services, the guardians' consents, and the referrals of children from their cases.

create sequence service_provider_id_seq increment by 50;
create table service_provider (
    id        bigint primary key,
    region_id bigint       not null references region,
    kind      varchar(30)  not null,
    name_kk   varchar(300) not null,
    name_ru   varchar(300) not null,
    name_en   varchar(300) not null,
    added_by  varchar(100) not null,
    added_at  timestamptz  not null
);
create index service_provider_region on service_provider (region_id, kind);

-- A consent is never changed: a withdrawal is a record of its own, so the history shows who said what, and when.
create sequence guardian_consent_id_seq increment by 50;
create table guardian_consent (
    id            bigint primary key,
    student_id    bigint       not null references student,
    guardian_name varchar(300) not null,
    given_on      date         not null,
    how           varchar(30)  not null,
    witness       varchar(300),
    withdrawal    boolean      not null,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz  not null,
    check (how <> 'VERBAL_WITH_WITNESS' or witness is not null)
);
create index guardian_consent_student on guardian_consent (student_id, recorded_at);

create function guardian_consent_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'guardian_consent is append-only';
end;
$$;
create trigger guardian_consent_no_update before update or delete on guardian_consent
    for each row execute function guardian_consent_append_only();

create sequence referral_id_seq increment by 50;
create table referral (
    id               bigint primary key,
    case_id          bigint        not null references early_warning_case,
    student_id       bigint        not null references student,
    service_id       bigint        not null references service_provider,
    reason           varchar(2000) not null,
    due_on           date          not null,
    consent_id       bigint references guardian_consent,
    override_ground  varchar(20),
    override_note    varchar(2000),
    status           varchar(10)   not null,
    answer           varchar(2000),
    referred_by      varchar(100)  not null,
    referred_at      timestamptz   not null,
    changed_by       varchar(100),
    changed_at       timestamptz,
    version          bigint        not null,
    -- a referral rests on a consent or on a legal ground, never on neither
    check (consent_id is not null or override_ground is not null)
);
create index referral_case on referral (case_id);
create index referral_student on referral (student_id);
