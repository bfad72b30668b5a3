-- The audit: append-only and hash-chained. hash = SHA-256 over the canonical encoding of the entry
-- and the previous entry's hash (see AuditHash); the single head row is locked by every append,
-- which serializes appends across nodes and records where the chain ends.
create table sharing.audit_entry (
    seq         bigint primary key check (seq > 0),
    at          timestamptz not null,
    actor       text not null,
    actor_kind  text not null check (actor_kind in ('staff', 'system', 'resident', 'job')),
    system_code text,
    agency_code text,
    purpose     text,
    case_ref    text,
    action      text not null,
    dataset     text not null,
    subject     text,
    fields      text[] not null,
    decision    text not null check (decision in ('granted', 'partial', 'denied', 'break_glass')),
    reason      text,
    prev_hash   text not null check (length(prev_hash) = 64),
    hash        text not null unique check (length(hash) = 64)
);
create index audit_entry_subject on sharing.audit_entry (dataset, subject, seq);

create table sharing.audit_head (
    id   int primary key check (id = 1),
    seq  bigint not null,
    hash text not null check (length(hash) = 64)
);
insert into sharing.audit_head (id, seq, hash) values (1, 0, repeat('0', 64));

-- The owner of the tables could be granted anything, so the rule lives in a trigger: entries are
-- never updated or deleted, the table never truncated.
create function sharing.audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit is append-only: % is not allowed on sharing.audit_entry', tg_op
        using errcode = 'insufficient_privilege';
end $$;

create trigger audit_entry_append_only before update or delete on sharing.audit_entry
    for each row execute function sharing.audit_is_append_only();
create trigger audit_entry_no_truncate before truncate on sharing.audit_entry
    for each statement execute function sharing.audit_is_append_only();

-- The head only moves forward, one entry at a time.
create function sharing.audit_head_forward() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or new.seq <> old.seq + 1 then
        raise exception 'the audit head only moves forward' using errcode = 'insufficient_privilege';
    end if;
    return new;
end $$;

create trigger audit_head_forward before update or delete on sharing.audit_head
    for each row execute function sharing.audit_head_forward();
