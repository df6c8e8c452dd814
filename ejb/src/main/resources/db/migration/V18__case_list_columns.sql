-- The case list (an export of up to millions of rows) reads each case's rules and assignees from the case row
-- instead of aggregating them per row: the database keeps them current on every change of reasons and assignments.
-- Not mapped by the application, so they never touch a case's version or its audited history.
alter table early_warning_case
    add column rule_ids  varchar(200),
    add column assignees varchar(2000);

update early_warning_case c set rule_ids = r.ids
from (select case_id, string_agg(rule_id, ', ' order by rule_id) as ids from case_reason group by case_id) r
where r.case_id = c.id;

update early_warning_case c set assignees = a.names
from (select case_id, string_agg(distinct username, ', ') as names from case_assignment group by case_id) a
where a.case_id = c.id;

create function case_list_rule_ids() returns trigger language plpgsql as $$
declare
    target bigint := coalesce(new.case_id, old.case_id);
begin
    update early_warning_case
    set rule_ids = (select string_agg(rule_id, ', ' order by rule_id) from case_reason where case_id = target)
    where id = target;
    return null;
end;
$$;
create trigger case_reason_list after insert or delete or update of rule_id, case_id on case_reason
    for each row execute function case_list_rule_ids();

create function case_list_assignees() returns trigger language plpgsql as $$
declare
    target bigint := coalesce(new.case_id, old.case_id);
begin
    update early_warning_case
    set assignees = (select string_agg(distinct username, ', ') from case_assignment where case_id = target)
    where id = target;
    return null;
end;
$$;
create trigger case_assignment_list after insert or delete or update of username, case_id on case_assignment
    for each row execute function case_list_assignees();
