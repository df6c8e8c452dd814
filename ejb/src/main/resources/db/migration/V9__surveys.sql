-- Screening surveys (DESIGN.md section 2): instruments with scales and thresholds, campaigns over schools, results
-- per student per scale imported from the schools' spreadsheets, and the parents' opt-outs.
create sequence survey_instrument_id_seq increment by 50;
create table survey_instrument (
    id         bigint primary key,
    code       varchar(50)  not null unique,
    name_kk    varchar(300) not null,
    name_ru    varchar(300) not null,
    name_en    varchar(300) not null,
    created_at timestamptz  not null
);

create table survey_scale (
    instrument_id bigint        not null references survey_instrument,
    position      int           not null,
    code          varchar(50)   not null,
    name_kk       varchar(300)  not null,
    name_ru       varchar(300)  not null,
    name_en       varchar(300)  not null,
    threshold     numeric(10,2) not null,
    max_score     numeric(10,2) not null check (max_score > 0),
    check (threshold between 0 and max_score),
    primary key (instrument_id, position),
    unique (instrument_id, code)
);

create sequence survey_campaign_id_seq increment by 50;
create table survey_campaign (
    id            bigint primary key,
    instrument_id bigint       not null references survey_instrument,
    starts_on     date         not null,
    ends_on       date         not null check (ends_on >= starts_on),
    created_by    varchar(100) not null,
    created_at    timestamptz  not null
);

create table survey_campaign_school (
    campaign_id bigint not null references survey_campaign,
    school_id   bigint not null references school,
    primary key (campaign_id, school_id)
);
create index survey_campaign_school_school on survey_campaign_school (school_id);

create sequence survey_result_id_seq increment by 50;
create table survey_result (
    id          bigint primary key default nextval('survey_result_id_seq'),
    campaign_id bigint        not null references survey_campaign,
    student_id  bigint        not null references student,
    scale_code  varchar(50)   not null,
    score       numeric(10,2) not null check (score >= 0),
    taken_on    date          not null,
    imported_at timestamptz   not null,
    -- A second import of a result replaces it: one score per child, scale and campaign.
    unique (campaign_id, student_id, scale_code)
);
create index survey_result_student on survey_result (student_id);

-- Every applied file, by content: the same file twice adds nothing.
create sequence survey_import_id_seq increment by 50;
create table survey_import (
    id           bigint primary key,
    campaign_id  bigint       not null references survey_campaign,
    file_name    varchar(300) not null,
    sha256       char(64)     not null,
    rows_applied int          not null,
    imported_by  varchar(100) not null,
    imported_at  timestamptz  not null,
    unique (campaign_id, sha256)
);

-- A parent's refusal: the child is not surveyed and earlier results are not used by the rules.
create table survey_opt_out (
    student_id  bigint primary key references student,
    reason      varchar(1000) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);
