-- One machine-client identity: an Open311 API key is a credential of an agency system. A key of a
-- resident-facing client (a FixMyStreet-style app) belongs to no agency; a key is kept as the SHA-256
-- of the whole key, found by that hash (no key id), so keys handed out before keep working unchanged.
alter table sharing.system alter column agency_code drop not null;

alter table sharing.credential add column kind text not null default 'bearer' check (kind in ('bearer', 'api_key'));
alter table sharing.credential alter column key_id drop not null;
alter table sharing.credential add constraint credential_key_id_by_kind
    check ((kind = 'bearer') = (key_id is not null));
create unique index credential_api_key on sharing.credential (secret_hash) where kind = 'api_key';
