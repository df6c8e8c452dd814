-- Rule EW-03 reads only the scales that measure suicide risk.
alter table survey_scale add column suicide_risk boolean not null default false;

-- Every reason keeps the version of the rule and of the thresholds that raised it, and a snapshot (JSON) of what
-- the rule saw, so that a warning can be explained the same way years later.
alter table case_reason
    add column rule_version      varchar(20) not null default '',
    add column threshold_version int,
    add column inputs            text;
alter table case_reason alter column rule_version drop default;

-- Rule EW-11: a police- or raid-recorded incident concerning the school that the school did not report itself.
create sequence concealment_flag_id_seq increment by 50;
create table concealment_flag (
    id          bigint primary key,
    student_id  bigint      not null references student,
    school_id   bigint      not null references school,
    incident_id bigint      not null references incident,
    rule_id     varchar(10) not null,
    raised_at   timestamptz not null,
    unique (student_id, incident_id)
);
create index concealment_flag_school on concealment_flag (school_id);

-- Progress of a region's re-evaluation, written in the same transaction as each block's changes, so that after a
-- crash and a restart the figures go on from where the job's checkpoint does.
create table region_evaluation (
    job_instance_id bigint primary key,
    region_id       bigint       not null references region,
    students_total  int          not null,
    students_done   int          not null,
    cases_opened    int          not null,
    cases_changed   int          not null,
    requested_by    varchar(100) not null,
    requested_at    timestamptz  not null
);

-- The Jakarta Batch (JBeret) job repository, kept in the application's database so that a job interrupted by a
-- crash can be restarted from its last checkpoint. The statements are JBeret's own DDL for PostgreSQL; JBeret runs
-- them itself when the server boots, so they only make sure the schema is whole wherever this runs first.
create table if not exists job_instance (
    jobinstanceid   bigserial not null primary key,
    version         integer,
    jobname         varchar(512),
    applicationname varchar(512)
);

create table if not exists job_execution (
    jobexecutionid  bigserial not null primary key,
    jobinstanceid   bigint    not null,
    version         integer,
    createtime      timestamptz,
    starttime       timestamptz,
    endtime         timestamptz,
    lastupdatedtime timestamptz,
    batchstatus     varchar(30),
    exitstatus      varchar(512),
    jobparameters   varchar(3000),
    restartposition varchar(255),
    constraint fk_job_execution_job_instance foreign key (jobinstanceid) references job_instance (jobinstanceid) on delete cascade
);

create table if not exists step_execution (
    stepexecutionid      bigserial not null primary key,
    jobexecutionid       bigint    not null,
    version              integer,
    stepname             varchar(255),
    starttime            timestamptz,
    endtime              timestamptz,
    batchstatus          varchar(30),
    exitstatus           varchar(512),
    executionexception   varchar(2048),
    persistentuserdata   bytea,
    readcount            integer,
    writecount           integer,
    commitcount          integer,
    rollbackcount        integer,
    readskipcount        integer,
    processskipcount     integer,
    filtercount          integer,
    writeskipcount       integer,
    readercheckpointinfo bytea,
    writercheckpointinfo bytea,
    constraint fk_step_exe_job_exe foreign key (jobexecutionid) references job_execution (jobexecutionid) on delete cascade
);

create table if not exists partition_execution (
    partitionexecutionid integer not null,
    stepexecutionid      bigint  not null,
    version              integer,
    batchstatus          varchar(30),
    exitstatus           varchar(512),
    executionexception   varchar(2048),
    persistentuserdata   bytea,
    readercheckpointinfo bytea,
    writercheckpointinfo bytea,
    primary key (partitionexecutionid, stepexecutionid),
    constraint fk_partition_exe_step_exe foreign key (stepexecutionid) references step_execution (stepexecutionid) on delete cascade
);
