-- Rule quality (DESIGN.md section 6) compares raise rates across the language a school teaches in. Null until an
-- administrator states it; reports show such schools as "not stated" rather than guess.
alter table school add column instruction_language varchar(10)
    check (instruction_language in ('KAZAKH', 'RUSSIAN', 'MIXED', 'OTHER'));

-- Reports too large to stream within a request run in the background; the file waits on disk for the person
-- who asked for it.
create sequence report_run_id_seq increment by 50;
create table report_run (
    id            bigint primary key,
    report        varchar(30)   not null,
    language      varchar(5)    not null,
    parameters    varchar(1000) not null,
    requested_by  varchar(100)  not null,
    requested_at  timestamptz   not null,
    status        varchar(10)   not null,
    rows_expected bigint        not null,
    rows_written  bigint        not null,
    finished_at   timestamptz,
    file_size     bigint,
    failure       varchar(1000)
);
create index report_run_requested_by on report_run (requested_by, requested_at);
