-- The audit trail as evidence (README, "Audit trail"): the application role may only read it and add to it (V19);
-- these triggers hold even against the schema's owner unless it deliberately drops them, and a hash chain makes any
-- change that gets past them visible.
--
-- The functions here pin their search path: the triggers run in the application's sessions, and an object of the
-- same name earlier in a search path the session chose must not stand in for the one meant.

alter table audit_event
    add column chain_position bigint,
    add column chain_hash     bytea;
create unique index audit_event_chain_position on audit_event (chain_position) where chain_position is not null;
create index audit_event_unsealed on audit_event (id) where chain_position is null;

-- The time of an event is the database's, whatever the application sends, so no event can be back-dated; and an
-- event arrives unsealed, whatever it claims.
create function audit_event_stamp() returns trigger language plpgsql set search_path = pg_catalog, pg_temp as $$
begin
    new.occurred_at := clock_timestamp();
    new.chain_position := null;
    new.chain_hash := null;
    return new;
end;
$$;
create trigger audit_event_stamp before insert on audit_event
    for each row execute function audit_event_stamp();

-- Still no update, delete or truncate, with one exception: the owner (audit_seal below) may fill in the position
-- and hash of an unsealed event, changing nothing else. A column added to audit_event later belongs in this list.
create or replace function audit_event_append_only() returns trigger language plpgsql
    set search_path = pg_catalog, pg_temp as $$
begin
    if tg_op = 'UPDATE' then
        if old.chain_position is null and old.chain_hash is null
           and new.chain_position is not null and new.chain_hash is not null
           and (new.id, new.occurred_at, new.username, new.action, new.record_type, new.record_id, new.row_count,
                new.school_id)
               is not distinct from (old.id, old.occurred_at, old.username, old.action, old.record_type,
                                     old.record_id, old.row_count, old.school_id)
           and current_user = (select r.rolname from pg_class c join pg_roles r on r.oid = c.relowner
                               where c.oid = tg_relid) then
            return new;
        end if;
    end if;
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- What an event's hash covers: every column but the hash, as one text that reads only one way. Without a search path
-- of its own, so that the planner inlines it into audit_seal and audit_chain_verification, whose paths are pinned.
create function audit_event_canonical(e audit_event) returns text language sql stable as $$
    select pg_catalog.json_build_array(e.chain_position, e.id,
                                       (extract(epoch from e.occurred_at) * 1000000)::bigint, e.username, e.action,
                                       e.record_type, e.record_id, e.row_count, e.school_id)::text
$$;

-- Seals committed events into the chain, lowest id first: each gets the next position and
-- hash = sha256(previous hash || canonical text), the first one's previous hash being empty. Events of transactions
-- still open are invisible here and sealed by a later call, so no request waits for the chain and no event that
-- rolls back ever enters it. Runs as the owner; the application may only call it.
create function audit_seal(batch integer) returns table (sealed integer, head_position bigint, head_hash bytea)
    language plpgsql security definer set search_path = pg_catalog, pg_temp as $$
declare
    e public.audit_event;
    ids bigint[] := '{}';
    hashes bytea[] := '{}';
begin
    -- Each statement below must see the head the previous sealer committed.
    if current_setting('transaction_isolation') <> 'read committed' then
        raise exception 'audit_seal needs read committed isolation';
    end if;
    -- One sealer at a time, whichever server calls.
    perform pg_advisory_xact_lock('public.audit_event'::regclass::oid::integer, 0);
    select a.chain_position, a.chain_hash into head_position, head_hash
    from public.audit_event a where a.chain_position is not null
    order by a.chain_position desc limit 1;
    head_position := coalesce(head_position, 0);
    head_hash := coalesce(head_hash, ''::bytea);
    for e in select * from public.audit_event a where a.chain_position is null order by a.id limit batch loop
        e.chain_position := head_position + cardinality(ids) + 1;
        head_hash := sha256(head_hash || convert_to(public.audit_event_canonical(e), 'UTF8'));
        ids := ids || e.id;
        hashes := hashes || head_hash;
    end loop;
    -- One update for the whole batch: positions follow the order of the ids above.
    update public.audit_event a set chain_position = head_position + s.n, chain_hash = s.hash
    from unnest(ids, hashes) with ordinality as s(id, hash, n)
    where a.id = s.id;
    sealed := cardinality(ids);
    head_position := head_position + sealed;
    return next;
end;
$$;
revoke all on function audit_seal(integer) from public;
grant execute on function audit_seal(integer) to "${application_role}";

-- Recomputes the chain from the stored events in one pass. The chain breaks at the first event whose position does
-- not follow the previous one or whose hash does not follow from the previous hash and its own content. Hiding a
-- change would take recomputing every later hash, which moves the head away from the heads the server logs.
create function audit_chain_verification(out sealed bigint, out unsealed bigint, out head_position bigint,
                                         out head_hash bytea, out break_position bigint, out break_event bigint)
    language sql stable set search_path = pg_catalog, pg_temp as $$
    with chain as (
        select e.id, e.chain_position, e.chain_hash,
               lag(e.chain_position) over w as previous_position,
               lag(e.chain_hash) over w as previous_hash,
               public.audit_event_canonical(e) as canonical
        from public.audit_event e
        where e.chain_position is not null
        window w as (order by e.chain_position)
    ), first_break as (
        select chain_position, id from chain
        where chain_position <> coalesce(previous_position, 0) + 1
           or chain_hash is distinct from sha256(coalesce(previous_hash, ''::bytea) || convert_to(canonical, 'UTF8'))
        order by chain_position
        limit 1
    ), head as (
        select chain_position, chain_hash from public.audit_event where chain_position is not null
        order by chain_position desc
        limit 1
    )
    select count(*) filter (where a.chain_position is not null), count(*) filter (where a.chain_position is null),
           (select chain_position from head), (select chain_hash from head),
           (select chain_position from first_break), (select id from first_break)
    from public.audit_event a
$$;
