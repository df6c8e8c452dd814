create sequence break_glass_grant_id_seq increment by 50;
create table break_glass_grant (
    id         bigint primary key,
    username   varchar(100)  not null,
    student_id bigint        not null references student,
    reason     varchar(2000) not null,
    granted_at timestamptz   not null,
    expires_at timestamptz   not null
);
create index break_glass_grant_holder on break_glass_grant (username, student_id, expires_at);

create sequence notice_id_seq increment by 50;
create table notice (
    id          bigint primary key,
    created_at  timestamptz  not null,
    school_id   bigint       not null references school,
    message_key varchar(100) not null,
    arguments   text         not null,
    record_type varchar(40),
    record_id   bigint
);
create index notice_school on notice (school_id, created_at);
