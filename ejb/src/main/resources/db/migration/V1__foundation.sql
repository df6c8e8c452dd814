-- Reference data: ids are the national codes an administrator enters, not generated.
create table region (
    id      bigint primary key,
    name_kk varchar(200) not null,
    name_ru varchar(200) not null,
    name_en varchar(200) not null
);

create table district (
    id        bigint primary key,
    region_id bigint       not null references region,
    name_kk   varchar(200) not null,
    name_ru   varchar(200) not null,
    name_en   varchar(200) not null
);

create table school (
    id          bigint primary key,
    district_id bigint       not null references district,
    kind        varchar(20)  not null,
    name_kk     varchar(300) not null,
    name_ru     varchar(300) not null,
    name_en     varchar(300) not null
);
create index school_district on school (district_id);

create sequence staff_designation_id_seq increment by 50;
create table staff_designation (
    id        bigint primary key,
    school_id bigint       not null references school,
    username  varchar(100) not null,
    role      varchar(30)  not null,
    unique (school_id, role, username)
);

create sequence student_id_seq increment by 50;
create table student (
    id           bigint primary key,
    iin          char(12)     not null unique,
    last_name    varchar(100) not null,
    first_name   varchar(100) not null,
    middle_name  varchar(100),
    birth_date   date         not null,
    sex          varchar(6)   not null,
    school_id    bigint       not null references school,
    grade        smallint,
    class_letter varchar(3),
    status       varchar(20)  not null,
    created_at   timestamptz  not null,
    version      bigint       not null
);
create index student_school on student (school_id);

create sequence psychologist_session_id_seq increment by 50;
create table psychologist_session (
    id                bigint primary key,
    student_id        bigint       not null references student,
    session_date      date         not null,
    kind              varchar(20)  not null,
    duration_minutes  integer,
    risk_level        varchar(10)  not null,
    confidential_note text,
    follow_up_date    date,
    author            varchar(100) not null,
    recorded_at       timestamptz  not null
);
create index psychologist_session_student on psychologist_session (student_id, session_date);

create table session_indicator (
    session_id bigint      not null references psychologist_session,
    indicator  varchar(30) not null,
    primary key (session_id, indicator)
);

create sequence incident_id_seq increment by 50;
create table incident (
    id          bigint primary key,
    occurred_on date         not null,
    type        varchar(30)  not null,
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null
);

create table incident_participant (
    incident_id bigint      not null references incident,
    student_id  bigint      not null references student,
    role        varchar(20) not null,
    primary key (incident_id, student_id)
);
create index incident_participant_student on incident_participant (student_id);

create sequence early_warning_case_id_seq increment by 50;
create table early_warning_case (
    id                bigint primary key,
    student_id        bigint      not null references student,
    status            varchar(20) not null,
    level             varchar(10) not null,
    opened_at         timestamptz not null,
    first_contact_due timestamptz not null,
    closed_at         timestamptz,
    version           bigint      not null
);
-- DESIGN.md section 3: at most one open case per student, whatever races the application loses.
create unique index early_warning_case_one_open on early_warning_case (student_id) where status <> 'CLOSED';

create sequence case_reason_id_seq increment by 50;
create table case_reason (
    id        bigint primary key,
    case_id   bigint      not null references early_warning_case,
    rule_id   varchar(10) not null,
    level     varchar(10) not null,
    raised_at timestamptz not null,
    unique (case_id, rule_id)
);

create table reason_evidence (
    reason_id bigint      not null references case_reason,
    kind      varchar(20) not null,
    record_id bigint      not null,
    primary key (reason_id, kind, record_id)
);

create sequence case_assignment_id_seq increment by 50;
create table case_assignment (
    id          bigint primary key,
    case_id     bigint       not null references early_warning_case,
    username    varchar(100) not null,
    role        varchar(30)  not null,
    assigned_at timestamptz  not null,
    unique (case_id, role, username)
);
create index case_assignment_username on case_assignment (username);

create sequence audit_event_id_seq increment by 50;
create table audit_event (
    id          bigint primary key,
    occurred_at timestamptz  not null,
    username    varchar(100) not null,
    action      varchar(30)  not null,
    record_type varchar(40)  not null,
    record_id   bigint,
    row_count   integer
);
create index audit_event_record on audit_event (record_type, record_id);

-- The audit trail is append-only at the database, not only in the application.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
