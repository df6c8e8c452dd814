-- Families (DESIGN.md section 2): kept by a school, which decides who may see them.
create sequence family_id_seq increment by 50;
create table family (
    id         bigint primary key,
    school_id  bigint       not null references school,
    address    varchar(300) not null,
    created_at timestamptz  not null,
    version    bigint       not null
);
create index family_school on family (school_id);

create table family_social_flag (
    family_id bigint      not null references family,
    flag      varchar(30) not null,
    primary key (family_id, flag)
);

create sequence guardian_id_seq increment by 50;
create table guardian (
    id          bigint primary key,
    family_id   bigint       not null references family,
    last_name   varchar(100) not null,
    first_name  varchar(100) not null,
    middle_name varchar(100),
    iin         char(12)     not null,
    relation    varchar(20)  not null,
    phone       varchar(12),
    unique (family_id, iin)
);
create index guardian_iin on guardian (iin);

create sequence family_police_registration_id_seq increment by 50;
create table family_police_registration (
    id             bigint primary key,
    family_id      bigint        not null references family,
    registered_on  date          not null,
    reason         varchar(1000) not null,
    registered_by  varchar(100)  not null,
    removed_on     date,
    removal_reason varchar(1000),
    removed_by     varchar(100),
    check (removed_on is null or removed_on >= registered_on)
);
-- At most one active registration per family, whatever races the application loses.
create unique index family_police_registration_one_active on family_police_registration (family_id)
    where removed_on is null;

-- A student belongs to one family at a time.
alter table student add column family_id bigint references family;
create index student_family on student (family_id);
