-- One child, one record (docs/PRODUCT.md section "One child, one record"): pairs of files that look like one child's,
-- what people decided about them, and the merges of two files into one, with what each merge moved so that it can be
-- undone for 30 days.

-- A merged-away file stays, marked, pointing at the file it was merged into; nothing of the child is deleted.
alter table student add column merged_into_id bigint references student;
alter table student_aud add column merged_into_id bigint;
-- The check on opening a file looks for the region's students born the same day.
create index student_birth_date on student (birth_date);

-- By one, unlike the others: pairs are added by "insert ... on conflict do nothing" as well as through JPA.
create sequence duplicate_suspicion_id_seq;
create table duplicate_suspicion (
    id                bigint primary key,
    -- the pair in the order of its ids, so that A-B and B-A are one row
    first_student_id  bigint       not null references student,
    second_student_id bigint       not null references student,
    found_at          timestamptz  not null,
    found_by          varchar(100) not null,
    status            varchar(10)  not null,
    decided_by        varchar(100),
    decided_at        timestamptz,
    note              varchar(500),
    version           bigint       not null,
    check (first_student_id < second_student_id),
    unique (first_student_id, second_student_id)
);
create index duplicate_suspicion_second on duplicate_suspicion (second_student_id);
create index duplicate_suspicion_open on duplicate_suspicion (found_at) where status = 'OPEN';

create sequence student_merge_id_seq increment by 50;
create table student_merge (
    id                     bigint primary key,
    kept_student_id        bigint       not null references student,
    merged_student_id      bigint       not null references student,
    merged_by              varchar(100) not null,
    merged_at              timestamptz  not null,
    -- the merged-away file's status before, given back by an undo
    previous_status        varchar(20)  not null,
    previous_status_reason varchar(500),
    -- the family the merged-away child belonged to, and whether the kept file joined it
    family_id              bigint references family,
    kept_joined_family     boolean      not null,
    undone_by              varchar(100),
    undone_at              timestamptz,
    version                bigint       not null
);
create unique index student_merge_one_in_force on student_merge (merged_student_id) where undone_at is null;
create index student_merge_kept on student_merge (kept_student_id);

-- The rows a merge moved from the merged-away file to the kept one, table by table: an undo moves these back and no
-- others, whatever was recorded on the kept file since. row_key is the row's id, or the incident's for
-- incident_participant and the student's for survey_opt_out, whose rows have no id of their own.
create table student_merge_move (
    merge_id   bigint      not null references student_merge,
    table_name varchar(40) not null,
    row_key    bigint      not null,
    primary key (merge_id, table_name, row_key)
);
