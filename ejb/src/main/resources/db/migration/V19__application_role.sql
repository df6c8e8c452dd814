-- From here on the server works through an application role of its own (${application_role}, the user of the
-- datasource QorgauDS), while these migrations run as the schema's owner (QorgauOwnerDS). The application role owns
-- nothing of this schema, so it can neither alter, disable nor drop a table, trigger or function; it may read and
-- write the application's tables, and only read and add to the audit trail.
grant usage on schema public to "${application_role}";

-- Table by table rather than "on all tables": Flyway's history is no business of the application, and the audit
-- trail gets less below.
do $$
declare
    t record;
begin
    for t in select tablename from pg_tables
             where schemaname = 'public' and tableowner = current_user
               and tablename not in ('flyway_schema_history', 'audit_event')
    loop
        execute format('grant select, insert, update, delete on public.%I to %I', t.tablename, '${application_role}');
    end loop;
    for t in select sequencename from pg_sequences where schemaname = 'public' and sequenceowner = current_user
    loop
        execute format('grant usage, select on sequence public.%I to %I', t.sequencename, '${application_role}');
    end loop;
end;
$$;

grant select, insert on audit_event to "${application_role}";

-- Tables and sequences of later migrations are the application's to use as well; a later table that must be
-- append-only revokes what it should not allow, as this migration does for the audit trail.
alter default privileges in schema public grant select, insert, update, delete on tables to "${application_role}";
alter default privileges in schema public grant usage, select on sequences to "${application_role}";

-- Jakarta Batch (JBeret) creates its job repository when the server boots, before these migrations, through the
-- application's datasource; it now does so in the application role's own schema (named after the role, first in
-- its search path: README, external PostgreSQL). V13's job_* tables in this schema are no longer written; on a
-- database older than this migration they keep the earlier job history.
