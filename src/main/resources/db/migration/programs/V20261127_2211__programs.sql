create schema if not exists programs;

-- The social programs of the city: texts in the city's languages (jsonb, English required),
-- the responsible agency (a catalog agency code), and the figures reported for 2025.
create table programs.program (
    code                  text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$'),
    agency_code           text not null,
    name                  jsonb not null check (jsonb_typeof(name) = 'object' and length(name ->> 'en') > 0),
    target_population     jsonb not null check (jsonb_typeof(target_population) = 'object'),
    benefit               jsonb,
    budget_2025_mxn       bigint check (budget_2025_mxn >= 0),
    beneficiaries_2025    bigint check (beneficiaries_2025 >= 0),
    beneficiaries_note    jsonb,
    new_in_2025           boolean not null default false,
    source_urls           text[] not null default '{}',
    source_date           text check (source_date ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    active                boolean not null default true,
    updated_at            timestamptz not null
);
create index program_agency on programs.program (agency_code, code);

create sequence programs.application_number;

-- An application of a registered person (the people registry's key) to a program. At most one
-- open (submitted) application per person and program. The decision reason is sealed personal data.
create table programs.application (
    id              bigint generated always as identity primary key,
    number          text not null unique check (number ~ '^AP-[0-9]{4}-[0-9]{6,}$'),
    program_code    text not null references programs.program (code),
    person_key      uuid not null,
    status          text not null check (status in ('submitted', 'approved', 'rejected', 'withdrawn')),
    channel         text not null check (channel in ('office', 'agent', 'agency')),
    submitted_at    timestamptz not null,
    submitted_by    text not null,
    decided_at      timestamptz,
    decided_by      text,
    decision_reason bytea,
    check ((status = 'submitted') = (decided_at is null)),
    check ((decided_at is null) = (decided_by is null))
);
create unique index application_open on programs.application (program_code, person_key) where status = 'submitted';
create index application_queue on programs.application (program_code, (status <> 'submitted'), submitted_at, id);
create index application_person on programs.application (person_key);

-- What happened to an application, oldest first; notes hold no personal data.
create table programs.application_history (
    id             bigint generated always as identity primary key,
    application_id bigint not null references programs.application (id),
    at             timestamptz not null,
    actor          text not null,
    action         text not null check (action in ('submitted', 'approved', 'rejected', 'withdrawn', 'moved')),
    status         text not null,
    note           text check (length(note) <= 500)
);
create index application_history_of on programs.application_history (application_id, id);
