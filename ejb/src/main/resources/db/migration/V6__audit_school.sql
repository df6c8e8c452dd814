-- The school a record belonged to when the event happened: regional and school supervisors read by it.
alter table audit_event add column school_id bigint;
create index audit_event_school on audit_event (school_id, occurred_at);
create index audit_event_username on audit_event (username, occurred_at);
