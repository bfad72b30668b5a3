-- The hash-chained audit moves from sharing to its own schema, with its entries, its head and the
-- triggers that keep it append-only. An entry's hash covers its fields and the previous hash, not
-- where the table lives, so every existing entry still verifies.
create schema if not exists audit;

alter table sharing.audit_entry set schema audit;
alter table sharing.audit_head set schema audit;
alter function sharing.audit_is_append_only() set schema audit;
alter function sharing.audit_head_forward() set schema audit;

-- the refusal names the table where it now is
create or replace function audit.audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit is append-only: % is not allowed on audit.audit_entry', tg_op
        using errcode = 'insufficient_privilege';
end $$;
