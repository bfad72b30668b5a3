create schema if not exists people;

-- The person registry. Every personal field is sealed on its own (AES-GCM, sharing module) under the
-- context people.person.<column>#<id>; CURP, phone, email and full name + birth date have blind indexes
-- (HMAC-SHA256) for exact lookups only. The key is the public reference; the id never leaves the module.
create table people.person (
    id             bigserial primary key,
    key            uuid not null unique,
    curp           bytea check (octet_length(curp) <= 256),
    given_names    bytea not null check (octet_length(given_names) <= 1024),
    first_surname  bytea not null check (octet_length(first_surname) <= 1024),
    second_surname bytea check (octet_length(second_surname) <= 1024),
    birth_date     bytea check (octet_length(birth_date) <= 256),
    phone          bytea check (octet_length(phone) <= 256),
    email          bytea check (octet_length(email) <= 2048),
    address        bytea check (octet_length(address) <= 4096),
    -- The full name and birth date as the name index hashes them, sealed, so an index-key rotation
    -- can recompute name_index from one value like every other index.
    name_key       bytea check (octet_length(name_key) <= 4096),
    curp_index     bytea check (octet_length(curp_index) = 32),
    phone_index    bytea check (octet_length(phone_index) = 32),
    email_index    bytea check (octet_length(email_index) = 32),
    name_index     bytea check (octet_length(name_index) = 32),
    sex            text check (sex in ('H', 'M', 'X')),
    alcaldia       text check (length(alcaldia) between 1 and 100),
    holder_agency  text not null check (length(holder_agency) between 1 and 50),
    created_at     timestamptz not null,
    created_by     text not null,
    updated_at     timestamptz not null,
    updated_by     text not null,
    merged_into    bigint references people.person (id),
    merged_at      timestamptz,
    merged_by      text,
    check (merged_into is null or merged_into <> id),
    check ((merged_into is null) = (merged_at is null) and (merged_at is null) = (merged_by is null))
);

-- One living record per CURP.
create unique index person_living_curp on people.person (curp_index)
    where merged_into is null and curp_index is not null;
create index person_phone on people.person (phone_index) where phone_index is not null;
create index person_email on people.person (email_index) where email_index is not null;
create index person_name on people.person (name_index) where name_index is not null;
create index person_merged_into on people.person (merged_into) where merged_into is not null;
