-- Who approves a worker's closing or lowering of a HIGH or CRITICAL case, by the worker's realm role
-- (docs/PRODUCT.md section 4, "Supervision"). Kept here so that it is changed with one statement, without a release:
--   update supervision_rule set supervisor_role = 'school-admin' where worker_role = 'inspector';
-- A role without a row answers to the school's administrator. Only the two roles that decide approvals may supervise.
create table supervision_rule (
    worker_role     varchar(50) primary key,
    supervisor_role varchar(50) not null check (supervisor_role in ('school-admin', 'coordinator'))
);
insert into supervision_rule (worker_role, supervisor_role) values
    ('psychologist', 'school-admin'),
    ('social-pedagogue', 'school-admin'),
    ('inspector', 'coordinator');
