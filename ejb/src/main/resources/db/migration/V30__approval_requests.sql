-- Supervision (docs/PRODUCT.md section 4): closing a HIGH or CRITICAL case, or lowering its level, waits for a
-- supervisor's approval. The request holds the change asked for; the case is changed only when it is approved.
create sequence approval_request_id_seq increment by 50;
create table approval_request (
    id                    bigint primary key,
    early_warning_case_id bigint        not null references early_warning_case,
    kind                  varchar(20)   not null,
    -- what closing asks for, or the level lowering asks for
    outcome               varchar(30),
    note                  varchar(2000),
    level                 varchar(20),
    reason                varchar(2000) not null,
    requested_by          varchar(100)  not null,
    requested_at          timestamptz   not null,
    -- the realm role that decides: the school's administrator, or the coordinator for inspectors
    supervisor_role       varchar(50)   not null,
    status                varchar(20)   not null,
    decided_by            varchar(100),
    decided_at            timestamptz,
    comment               varchar(2000),
    version               bigint        not null
);
-- At most one request waits on a case.
create unique index approval_request_pending on approval_request (early_warning_case_id) where status = 'PENDING';
create index approval_request_waiting on approval_request (requested_at) where status = 'PENDING';
