-- Absences (DESIGN.md section 2): the unexcused days of a student per period, imported from the schools' registers.
create sequence absence_id_seq increment by 50;
create table absence (
    id             bigint primary key default nextval('absence_id_seq'),
    student_id     bigint       not null references student,
    period_start   date         not null,
    period_end     date         not null,
    unexcused_days int          not null,
    imported_by    varchar(100) not null,
    imported_at    timestamptz  not null,
    check (period_end >= period_start),
    check (unexcused_days between 0 and period_end - period_start + 1),
    -- A re-import of the same period replaces the number: one per student and period.
    unique (student_id, period_start, period_end)
);

-- The applied files of every kind of import, not only survey results: the same file twice adds nothing. The
-- scope is what a file was applied to when its kind has one (the campaign of survey results), else null.
alter table survey_import rename to imported_file;
alter sequence survey_import_id_seq rename to imported_file_id_seq;
alter table imported_file drop constraint survey_import_campaign_id_sha256_key;
alter table imported_file drop constraint survey_import_campaign_id_fkey;
alter table imported_file rename column campaign_id to scope_id;
alter table imported_file alter column scope_id drop not null;
alter table imported_file add column kind varchar(40) not null default 'survey-results';
alter table imported_file alter column kind drop default;
create unique index imported_file_once on imported_file (kind, coalesce(scope_id, 0), sha256);
