-- Hibernate Envers: every committed state of students, cases and case assignments (history.entity.ChangeRevision).
create sequence change_revision_id_seq increment by 50;
create table change_revision (
    id         bigint primary key,
    changed_at bigint not null
);

create table student_aud (
    id            bigint   not null,
    rev           bigint   not null references change_revision,
    revtype       smallint,
    iin           char(12),
    last_name     varchar(100),
    first_name    varchar(100),
    middle_name   varchar(100),
    birth_date    date,
    sex           varchar(6),
    school_id     bigint,
    grade         smallint,
    class_letter  varchar(3),
    status        varchar(20),
    status_reason varchar(500),
    created_at    timestamptz,
    family_id     bigint,
    primary key (id, rev)
);

create table early_warning_case_aud (
    id                bigint   not null,
    rev               bigint   not null references change_revision,
    revtype           smallint,
    student_id        bigint,
    status            varchar(20),
    level             varchar(10),
    opened_at         timestamptz,
    first_contact_due timestamptz,
    closed_at         timestamptz,
    primary key (id, rev)
);

create table case_assignment_aud (
    id          bigint   not null,
    rev         bigint   not null references change_revision,
    revtype     smallint,
    case_id     bigint,
    username    varchar(100),
    role        varchar(30),
    assigned_at timestamptz,
    primary key (id, rev)
);
