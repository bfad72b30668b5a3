create schema if not exists open311;

create table open311.api_key (
    id          bigint generated always as identity primary key,
    name        text not null unique check (name ~ '^[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}$'),
    key_hash    text not null unique check (length(key_hash) = 64),
    agency_code text,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);

-- Updates posted by clients (servicerequestupdates POST), idempotent per client and client update id.
create table open311.inbound_update (
    api_key_id       bigint not null references open311.api_key (id),
    client_update_id text not null check (length(client_update_id) between 1 and 200),
    request_number   text not null,
    received_at      timestamptz not null,
    primary key (api_key_id, client_update_id)
);

alter table open311.inbound_update add column id bigint generated always as identity unique;
