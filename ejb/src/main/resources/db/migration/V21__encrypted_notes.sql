-- Confidential notes and addenda are stored encrypted (sessions.control.NoteCipher: AES-256-GCM under keys held
-- outside the database), in the form qn1:<key id>:<base64>. The application still may never change a note or an
-- addendum. The schema's owner may replace one with an encryption (migration 22 for the notes written in clear,
-- re-encryption under a new key later), and nothing else: not with clear text, not its other columns.

create or replace function psychologist_note_unchanged() returns trigger language plpgsql
    set search_path = pg_catalog, pg_temp as $$
begin
    if new.confidential_note is distinct from old.confidential_note then
        if new.confidential_note ~ '^qn1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/]+={0,2})$'
           and current_user = (select r.rolname from pg_class c join pg_roles r on r.oid = c.relowner
                               where c.oid = tg_relid) then
            return new;
        end if;
        raise exception 'a psychologist''s note is never changed: write an addendum';
    end if;
    return new;
end;
$$;

create or replace function session_addendum_append_only() returns trigger language plpgsql
    set search_path = pg_catalog, pg_temp as $$
begin
    if (new.id, new.session_id, new.author, new.written_at)
           is not distinct from (old.id, old.session_id, old.author, old.written_at)
       and new.text ~ '^qn1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/]+={0,2})$'
       and current_user = (select r.rolname from pg_class c join pg_roles r on r.oid = c.relowner
                           where c.oid = tg_relid) then
        return new;
    end if;
    raise exception 'session_addendum is append-only';
end;
$$;

-- No note in clear from here on, whoever writes it. Checked for new and changed rows now; migration 22 encrypts the
-- existing ones and then validates both constraints.
alter table psychologist_session add constraint psychologist_session_note_encrypted
    check (confidential_note ~ '^qn1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/]+={0,2})$') not valid;
alter table session_addendum add constraint session_addendum_text_encrypted
    check (text ~ '^qn1:([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/]+={0,2})$') not valid;
