-- Each Open311 API key becomes an agency system (scope open311:write; disabled when the key was revoked)
-- holding the key as its api_key credential: the same SHA-256, so every key handed out keeps working.
-- The system's code is named after the key's name (its SHA-256), so key names stay unique as before.
-- open311.api_key stays as it was, with the system each key became; nothing is dropped.
alter table open311.api_key add column system_id bigint;

insert into sharing.system (code, agency_code, name, scopes, created_at, disabled_at)
select 'open311-key-' || left(encode(sha256(convert_to(k.name, 'UTF8')), 'hex'), 16), k.agency_code, k.name,
       '{open311:write}', k.created_at, k.revoked_at
from open311.api_key k order by k.id;

update open311.api_key k set system_id = s.id
from sharing.system s where s.code = 'open311-key-' || left(encode(sha256(convert_to(k.name, 'UTF8')), 'hex'), 16);

insert into sharing.credential (system_id, kind, secret_hash, created_at, revoked_at)
select k.system_id, 'api_key', k.key_hash, k.created_at, k.revoked_at from open311.api_key k order by k.id;

-- Client updates are applied once per system and client update id; the key's id stays for the old rows.
alter table open311.inbound_update add column system_id bigint;
update open311.inbound_update u set system_id = k.system_id from open311.api_key k where k.id = u.api_key_id;
alter table open311.inbound_update alter column system_id set not null;
alter table open311.inbound_update drop constraint inbound_update_pkey;
alter table open311.inbound_update alter column api_key_id drop not null;
alter table open311.inbound_update add constraint inbound_update_once unique (system_id, client_update_id);
