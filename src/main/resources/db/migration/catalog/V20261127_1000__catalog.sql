create schema if not exists catalog;

create or replace function catalog.has_english(t jsonb) returns boolean
    language sql immutable as $$ select jsonb_typeof(t) = 'object' and coalesce(length(t ->> 'en'), 0) > 0 $$;

create table catalog.agency (
    code        text primary key check (code ~ '^[A-Z0-9][A-Z0-9_-]{0,31}$'),
    name        jsonb not null check (catalog.has_english(name)),
    email       text,
    phone       text,
    url         text,
    parent_code text references catalog.agency (code),
    active      boolean not null default true,
    updated_at  timestamptz not null default now(),
    check (parent_code is null or parent_code <> code)
);

create table catalog.escalation_level (
    agency_code text not null references catalog.agency (code) on delete cascade,
    level       int  not null check (level between 1 and 20),
    role        text not null check (length(role) between 1 and 60),
    title       jsonb not null check (catalog.has_english(title)),
    person      text,
    delay_hours int  not null check (delay_hours >= 0),
    primary key (agency_code, level)
);

create table catalog.service_type (
    code         text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(code) <= 60),
    agency_code  text not null references catalog.agency (code),
    name         jsonb not null check (catalog.has_english(name)),
    description  jsonb not null check (jsonb_typeof(description) = 'object'),
    group_name   jsonb not null check (jsonb_typeof(group_name) = 'object'),
    keywords     jsonb not null default '{}' check (jsonb_typeof(keywords) = 'object'),
    sla_hours    int  not null check (sla_hours > 0),
    open311_type text not null default 'realtime' check (open311_type in ('realtime', 'batch', 'blackbox')),
    active       boolean not null default true,
    updated_at   timestamptz not null default now()
);
create index service_type_agency on catalog.service_type (agency_code);

create table catalog.service_attribute (
    service_code         text not null references catalog.service_type (code) on delete cascade,
    code                 text not null check (code ~ '^[A-Za-z0-9_.-]{1,60}$'),
    datatype             text not null check (datatype in ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')),
    required             boolean not null default false,
    variable             boolean not null default true,
    ord                  int not null check (ord > 0),
    description          jsonb not null check (catalog.has_english(description)),
    datatype_description jsonb,
    value_list           jsonb not null default '[]' check (jsonb_typeof(value_list) = 'array'),
    primary key (service_code, code),
    unique (service_code, ord),
    check ((datatype in ('singlevaluelist', 'multivaluelist')) = (jsonb_array_length(value_list) > 0))
);
