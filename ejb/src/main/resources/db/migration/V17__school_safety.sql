-- School safety (DESIGN.md section 2): each school's safety profile, every earlier state of it with who changed it
-- and why, inspections against a checklist, and the prescriptions they give, tracked to closure with evidence.

-- The state a profile records; the same columns again in safety_profile_change, one row per committed change.
create table safety_profile (
    school_id              bigint primary key references school,
    panic_button           boolean      not null,
    panic_button_connected boolean      not null,
    panic_button_tested_on date,
    cctv_cameras           integer      not null check (cctv_cameras >= 0),
    cctv_working           integer      not null check (cctv_working between 0 and cctv_cameras),
    cctv_covers_entrances  boolean      not null,
    cctv_connected         boolean      not null,
    access_control         boolean      not null,
    guard                  varchar(20)  not null,
    guard_company          varchar(200),
    guard_contract_from    date,
    guard_contract_to      date,
    fence                  boolean      not null,
    lighting               boolean      not null,
    outdoor_toilet         boolean      not null,
    version                bigint       not null
);

create sequence safety_inspection_id_seq increment by 50;
create table safety_inspection (
    id          bigint primary key,
    school_id   bigint        not null references school,
    visited_on  date          not null,
    inspector   varchar(100)  not null,
    remarks     varchar(2000),
    recorded_at timestamptz   not null
);
create index safety_inspection_school on safety_inspection (school_id, visited_on);

create table safety_inspection_finding (
    inspection_id bigint        not null references safety_inspection,
    item          varchar(30)   not null,
    finding       varchar(10)   not null,
    remarks       varchar(1000),
    primary key (inspection_id, item)
);

create sequence safety_profile_change_id_seq increment by 50;
create table safety_profile_change (
    id                     bigint primary key,
    school_id              bigint       not null references school,
    changed_at             timestamptz  not null,
    changed_by             varchar(100) not null,
    origin                 varchar(20)  not null,
    inspection_id          bigint references safety_inspection,
    panic_button           boolean      not null,
    panic_button_connected boolean      not null,
    panic_button_tested_on date,
    cctv_cameras           integer      not null,
    cctv_working           integer      not null,
    cctv_covers_entrances  boolean      not null,
    cctv_connected         boolean      not null,
    access_control         boolean      not null,
    guard                  varchar(20)  not null,
    guard_company          varchar(200),
    guard_contract_from    date,
    guard_contract_to      date,
    fence                  boolean      not null,
    lighting               boolean      not null,
    outdoor_toilet         boolean      not null
);
create index safety_profile_change_school on safety_profile_change (school_id, changed_at);

create sequence prescription_id_seq increment by 50;
create table prescription (
    id               bigint primary key,
    inspection_id    bigint        not null references safety_inspection,
    school_id        bigint        not null references school,
    item             varchar(30)   not null,
    finding          varchar(10)   not null,
    requirement      varchar(1000),
    issued_on        date          not null,
    deadline         date          not null,
    status           varchar(10)   not null,
    remedy_note      varchar(2000),
    remedied_by      varchar(100),
    remedied_at      timestamptz,
    rejection_reason varchar(1000),
    rejected_by      varchar(100),
    rejected_at      timestamptz,
    closed_by        varchar(100),
    closed_at        timestamptz,
    closed_on        date,
    escalated_at     timestamptz,
    version          bigint        not null
);
create index prescription_school on prescription (school_id, status);
create index prescription_open_deadline on prescription (deadline) where status = 'OPEN' and escalated_at is null;

-- Photos and documents of remedial work, kept in the database with the prescription they prove.
create sequence prescription_evidence_id_seq increment by 50;
create table prescription_evidence (
    id              bigint primary key,
    prescription_id bigint        not null references prescription,
    file_name       varchar(300)  not null,
    media_type      varchar(30)   not null,
    size_bytes      integer       not null,
    content         bytea         not null,
    uploaded_by     varchar(100)  not null,
    uploaded_at     timestamptz   not null
);
create index prescription_evidence_prescription on prescription_evidence (prescription_id);
