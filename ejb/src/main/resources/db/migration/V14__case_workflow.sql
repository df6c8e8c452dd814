-- The case workflow (DESIGN.md section 4): first contact, closing with an outcome, what people say about reasons,
-- the intervention plan, the timeline, and escalations of cases above the school (rules EW-10 and EW-12).

alter table early_warning_case
    add column first_contact_at      timestamptz,
    add column first_contact_channel varchar(20),
    add column first_contact_note    varchar(1000),
    add column outcome               varchar(20),
    add column closing_note          varchar(2000),
    add column updated_at            timestamptz;

alter table early_warning_case_aud
    add column first_contact_at      timestamptz,
    add column first_contact_channel varchar(20),
    add column first_contact_note    varchar(1000),
    add column outcome               varchar(20),
    add column closing_note          varchar(2000);

-- A closed case is looked up by its student too (reopening, snoozes); the unique index covers open cases only.
create index if not exists early_warning_case_student on early_warning_case (student_id);

-- The deadline check reads the open cases still waiting for a first contact, every few minutes.
create index early_warning_case_awaiting_contact on early_warning_case (first_contact_due)
    where first_contact_at is null and status <> 'CLOSED';

alter table case_reason
    add column known_note      varchar(1000),
    add column known_by        varchar(100),
    add column known_at        timestamptz,
    add column snoozed_until   date,
    add column snooze_reason   varchar(1000),
    add column snoozed_level   varchar(10),
    add column snoozed_by      varchar(100),
    add column snoozed_at      timestamptz,
    add column useful          boolean,
    add column usefulness_note varchar(1000),
    add column usefulness_by   varchar(100),
    add column usefulness_at   timestamptz;

create sequence case_measure_id_seq increment by 50;
create table case_measure (
    id          bigint primary key,
    case_id     bigint        not null references early_warning_case,
    kind        varchar(40)   not null,
    responsible varchar(100)  not null,
    due_on      date          not null,
    status      varchar(20)   not null,
    note        varchar(2000),
    created_by  varchar(100)  not null,
    created_at  timestamptz   not null,
    version     bigint        not null
);
create index case_measure_case on case_measure (case_id);

-- The timeline keeps message arguments, not text, so that each reader sees it in their language.
create sequence case_event_id_seq increment by 50;
create table case_event (
    id          bigint primary key,
    case_id     bigint       not null references early_warning_case,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    type        varchar(30)  not null,
    arguments   text[]       not null
);
create index case_event_case on case_event (case_id, occurred_at);

-- Like the audit trail, the timeline is append-only at the database.
create function case_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_event is append-only';
end;
$$;
create trigger case_event_no_update before update or delete on case_event
    for each row execute function case_event_append_only();

create sequence case_escalation_id_seq increment by 50;
create table case_escalation (
    id           bigint primary key,
    case_id      bigint      not null references early_warning_case,
    rule_id      varchar(10) not null,
    target       varchar(20) not null,
    escalated_at timestamptz not null,
    -- A rule firing again on the same case adds nothing.
    unique (case_id, rule_id, target)
);

create table case_escalation_missing_role (
    escalation_id bigint      not null references case_escalation,
    role          varchar(30) not null,
    primary key (escalation_id, role)
);
