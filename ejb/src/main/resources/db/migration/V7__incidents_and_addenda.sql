-- Incidents in full (DESIGN.md section 2): time, place, severity, source and description. Incidents recorded
-- before this migration came through the minimal form, which the application still records as a school report
-- of moderate severity; their time and place were never stated and stay unknown (null).
alter table incident
    add column time_of_day       time,
    add column on_school_grounds boolean,
    add column location          varchar(300),
    add column severity          varchar(10) not null default 'MODERATE',
    add column source            varchar(10) not null default 'SCHOOL',
    add column description       varchar(4000);
alter table incident
    alter column severity drop default,
    alter column source drop default;
create index incident_occurred_on on incident (occurred_on);

-- A correction of a psychologist's note is an addendum; the note itself is never rewritten.
create sequence session_addendum_id_seq increment by 50;
create table session_addendum (
    id         bigint primary key,
    session_id bigint       not null references psychologist_session,
    author     varchar(100) not null,
    written_at timestamptz  not null,
    text       text         not null
);
create index session_addendum_session on session_addendum (session_id, written_at);

-- Append-only at the database, not only in the application: neither a note nor an addendum is ever edited.
create function psychologist_note_unchanged() returns trigger language plpgsql as $$
begin
    if new.confidential_note is distinct from old.confidential_note then
        raise exception 'a psychologist''s note is never changed: write an addendum';
    end if;
    return new;
end;
$$;
create trigger psychologist_session_note_unchanged before update on psychologist_session
    for each row execute function psychologist_note_unchanged();

create function session_addendum_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'session_addendum is append-only';
end;
$$;
create trigger session_addendum_no_update before update on session_addendum
    for each row execute function session_addendum_append_only();
