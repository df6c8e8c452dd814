create sequence student_transfer_id_seq increment by 50;
create table student_transfer (
    id             bigint primary key,
    student_id     bigint       not null references student,
    from_school_id bigint       not null references school,
    to_school_id   bigint       not null references school,
    status         varchar(20)  not null,
    requested_by   varchar(100) not null,
    requested_at   timestamptz  not null,
    decided_by     varchar(100),
    decided_at     timestamptz,
    version        bigint       not null
);
-- One handover at a time per student.
create unique index student_transfer_one_pending on student_transfer (student_id) where status = 'PENDING';
create index student_transfer_to_school on student_transfer (to_school_id) where status = 'PENDING';

alter table student add column status_reason varchar(500);
