-- The juvenile police register (DESIGN.md section 2): registrations with their lifecycle, and raid deliveries.
create sequence police_registration_id_seq increment by 50;
create table police_registration (
    id              bigint primary key,
    student_id      bigint       not null references student,
    reason          varchar(30)  not null,
    registered_on   date         not null,
    review_on       date         not null check (review_on >= registered_on),
    -- Null once the record is anonymised.
    basis_document  varchar(50),
    note            text,
    inspector       varchar(100) not null,
    removed_on      date,
    removal_ground  varchar(20),
    removal_note    text,
    anonymise_after date,
    legal_hold      boolean      not null default false,
    anonymised      boolean      not null default false,
    recorded_at     timestamptz  not null,
    version         bigint       not null,
    check ((removed_on is null) = (removal_ground is null))
);
-- At most one active registration per student, whatever races the application loses.
create unique index police_registration_one_active on police_registration (student_id) where removed_on is null;
create index police_registration_student on police_registration (student_id, registered_on);
create index police_registration_due on police_registration (anonymise_after) where anonymised = false;

create sequence raid_delivery_id_seq increment by 50;
create table raid_delivery (
    id           bigint primary key,
    student_id   bigint       not null references student,
    delivered_on date         not null,
    reason       varchar(30)  not null,
    police_unit  varchar(200) not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null
);
create index raid_delivery_student on raid_delivery (student_id, delivered_on);
