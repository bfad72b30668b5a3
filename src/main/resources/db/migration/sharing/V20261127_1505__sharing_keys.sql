create schema if not exists sharing;

-- Data keys of the field encryption, each wrapped (AES-GCM) by the master key, which is kept
-- outside the database. Id 0 is the blind-index (HMAC) key; field keys count up from 1 and the
-- highest is the one new values are sealed with.
create table sharing.data_key (
    id            int primary key check (id >= 0),
    purpose       text not null check (purpose in ('field', 'index')),
    master_key_id text not null check (length(master_key_id) = 16),
    wrapped       bytea not null,
    created_at    timestamptz not null,
    check ((id = 0) = (purpose = 'index'))
);
