-- The trust line (DESIGN.md section 2): anonymous reports, triaged once by an operator into an incident, a case
-- or a closure. No column holds anything about the caller but the kind of person they said they were.
create sequence hotline_report_id_seq increment by 50;
create table hotline_report (
    id             bigint primary key,
    received_at    timestamptz   not null,
    channel        varchar(10)   not null,
    caller_kind    varchar(10)   not null,
    summary        varchar(4000) not null,
    concern        varchar(30)   not null,
    urgency        varchar(10)   not null,
    -- The line that took it, or the region of the child's school once known: who may read it without a school.
    region_id      bigint        not null references region,
    school_id      bigint        references school,
    student_id     bigint        references student,
    taken_by       varchar(100)  not null,
    status         varchar(20)   not null,
    closure_reason varchar(4000),
    incident_id    bigint        references incident,
    case_id        bigint        references early_warning_case,
    triaged_by     varchar(100),
    triaged_at     timestamptz,
    version        bigint        not null,
    check ((status = 'NEW') = (triaged_at is null)),
    check ((status = 'CLOSED') = (closure_reason is not null)),
    check ((status = 'TRIAGED_TO_INCIDENT') = (incident_id is not null)),
    check (status not in ('TRIAGED_TO_INCIDENT', 'TRIAGED_TO_CASE') or student_id is not null)
);
create index hotline_report_region on hotline_report (region_id, received_at);
create index hotline_report_school on hotline_report (school_id, received_at);
create index hotline_report_student on hotline_report (student_id);
