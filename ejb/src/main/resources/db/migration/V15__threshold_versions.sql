-- The thresholds of the catalogue as configuration: each change is a new version, validated before it is stored,
-- activated by an admin; the active one is what every evaluation runs with and records on every reason it raises.
create table threshold_version (
    number       int           primary key,
    -- The values as JSON, every field named, so that a version means the same whatever a later build holds; only
    -- a field added to the catalogue after the version was written is left out, and holds the catalogue's value.
    settings     text          not null,
    status       varchar(10)   not null check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    note         varchar(1000) not null,
    created_by   varchar(100)  not null,
    created_at   timestamptz   not null,
    activated_by varchar(100),
    activated_at timestamptz,
    version      bigint        not null
);
-- At most one version in force, whatever races the application loses.
create unique index threshold_version_one_active on threshold_version (status) where status = 'ACTIVE';

-- Version 1 is the catalogue of DESIGN.md section 3: the values of a new kz.qorgau.earlywarning.rules.Thresholds.
insert into threshold_version (number, settings, status, note, created_by, created_at, activated_by, activated_at,
                               version)
values (1, '{
    "ew01WindowDays": 30,
    "ew02WindowDays": 365,
    "ew03WindowDays": 180,
    "ew04MinIncidents": 3,
    "ew04WindowDays": 30,
    "ew05WindowDays": 60,
    "ew06MinDeliveries": 2,
    "ew06WindowDays": 90,
    "ew07AbsenceWindowDays": 30,
    "ew07IncidentWindowDays": 60,
    "ew07MinAbsenceDays": 10,
    "ew08MinTimes": 2,
    "ew08WindowDays": 60,
    "ew09HalfLifeDays": 30,
    "ew09HighBand": 11.0,
    "ew09LowBand": 4.0,
    "ew09MediumBand": 7.0,
    "ew09WeightFamilyRegistration": 2.0,
    "ew09WeightIncidentPerpetrator": 2.0,
    "ew09WeightIncidentVictim": 2.0,
    "ew09WeightPoliceRegistration": 3.0,
    "ew09WeightRaidDelivery": 2.0,
    "ew09WeightRiskSession": 3.0,
    "ew09WeightSurveyAboveThreshold": 3.0,
    "ew09WeightUnexcusedAbsenceDay": 0.2,
    "ew09WindowDays": 180,
    "ew11ReportDays": 7,
    "reopenWithinDays": 90
}', 'ACTIVE', 'The catalogue of DESIGN.md section 3', 'system', now(), 'system', now(), 0);

-- Every reason says which thresholds raised it.
update case_reason set threshold_version = 1 where threshold_version is null;

-- What-if: a dry run of a proposed version over a region's recent signals, beside the version in force. It runs in
-- the background; the row holds its progress and, once done, how many students each version would have raised.
create sequence what_if_run_id_seq increment by 50;
create table what_if_run (
    id               bigint primary key,
    proposed_version int          not null references threshold_version,
    active_version   int          not null references threshold_version,
    region_id        bigint       not null references region,
    months           int          not null,
    status           varchar(10)  not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    students_total   int          not null,
    students_done    int          not null,
    proposed_low     int          not null,
    proposed_medium  int          not null,
    proposed_high    int          not null,
    proposed_critical int         not null,
    active_low       int          not null,
    active_medium    int          not null,
    active_high      int          not null,
    active_critical  int          not null,
    requested_by     varchar(100) not null,
    requested_at     timestamptz  not null,
    finished_at      timestamptz
);
