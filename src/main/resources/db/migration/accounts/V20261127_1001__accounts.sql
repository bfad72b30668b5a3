create schema if not exists accounts;

create table accounts.staff_user (
    username      text primary key check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    password_hash text not null,
    display_name  text not null check (length(display_name) between 1 and 200),
    email         text,
    agency_code   text,
    roles         text[] not null check (roles <@ array['ADMIN', 'AGENT', 'STAFF', 'SUPERVISOR', 'ANALYST', 'AUDITOR']::text[]
                                         and cardinality(roles) > 0),
    languages     text[] not null default array['en'],
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    check ((agency_code is not null) or not (roles && array['STAFF', 'SUPERVISOR']::text[]))
);
