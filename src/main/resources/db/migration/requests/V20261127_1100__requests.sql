create schema if not exists requests;

create sequence requests.request_number_seq start 1000001;

create table requests.service_request (
    id                 bigint generated always as identity primary key,
    number             text not null unique,
    service_code       text not null,
    agency_code        text not null,
    status             text not null default 'submitted'
        check (status in ('submitted', 'acknowledged', 'assigned', 'in_progress', 'action_scheduled', 'closed', 'reopened')),
    outcome            text check (outcome in ('resolved', 'duplicate', 'not_city_responsibility', 'no_further_action', 'cancelled')),
    channel            text not null check (channel in ('web', 'phone', 'api', 'sms', 'email', 'kiosk', 'social')),
    description        text check (length(description) <= 4000),
    lat                double precision check (lat between -90 and 90),
    lon                double precision check (lon between -180 and 180),
    address            text check (length(address) <= 500),
    address_id         text check (length(address_id) <= 100),
    zipcode            text check (length(zipcode) <= 20),
    borough            text,
    community_district text,
    zip_area           text,
    alcaldia           text,
    attributes         jsonb not null default '{}' check (jsonb_typeof(attributes) = 'object'),
    requested_at       timestamptz not null,
    updated_at         timestamptz not null,
    expected_at        timestamptz,
    closed_at          timestamptz,
    status_notes       text,
    service_notice     text,
    resolution         text,
    language           text not null default 'en',
    parent_id          bigint references requests.service_request (id),
    likely_parent_id   bigint references requests.service_request (id),
    assigned_to        text,
    escalation_level   int not null default 0 check (escalation_level >= 0),
    token              text unique,
    idempotency_scope  text,
    idempotency_key    text,
    source             text,
    source_key         text,
    version            int not null default 0,
    check ((lat is null) = (lon is null)),
    check (lat is not null or address is not null or address_id is not null),
    check ((status = 'closed') = (outcome is not null)),
    check ((status = 'closed') = (closed_at is not null)),
    check (closed_at is null or closed_at >= requested_at),
    check (parent_id is null or outcome = 'duplicate'),
    check (parent_id is null or parent_id <> id),
    unique (idempotency_scope, idempotency_key),
    unique (source, source_key)
);
create index service_request_requested on requests.service_request (requested_at desc);
create index service_request_updated on requests.service_request (updated_at);
create index service_request_service on requests.service_request (service_code, requested_at desc);
create index service_request_agency_open on requests.service_request (agency_code, status) where status <> 'closed';
create index service_request_open_location on requests.service_request (service_code, lat, lon) where status <> 'closed';

-- The lifecycle, as data the trigger below enforces (the code enforces the same table).
create table requests.allowed_transition (
    from_status text not null,
    to_status   text not null,
    primary key (from_status, to_status)
);
insert into requests.allowed_transition (from_status, to_status) values
    ('submitted', 'acknowledged'), ('submitted', 'assigned'), ('submitted', 'in_progress'),
    ('submitted', 'action_scheduled'), ('submitted', 'closed'),
    ('acknowledged', 'assigned'), ('acknowledged', 'in_progress'), ('acknowledged', 'action_scheduled'),
    ('acknowledged', 'closed'),
    ('assigned', 'assigned'), ('assigned', 'in_progress'), ('assigned', 'action_scheduled'), ('assigned', 'closed'),
    ('in_progress', 'assigned'), ('in_progress', 'action_scheduled'), ('in_progress', 'closed'),
    ('action_scheduled', 'in_progress'), ('action_scheduled', 'assigned'), ('action_scheduled', 'closed'),
    ('closed', 'reopened'),
    ('reopened', 'acknowledged'), ('reopened', 'assigned'), ('reopened', 'in_progress'),
    ('reopened', 'action_scheduled'), ('reopened', 'closed');

create function requests.guard_transition() returns trigger language plpgsql as $$
begin
    if new.status is distinct from old.status and not exists (
        select 1 from requests.allowed_transition t where t.from_status = old.status and t.to_status = new.status) then
        raise exception 'service request % cannot move from % to %', old.number, old.status, new.status
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger service_request_transition before update of status on requests.service_request
    for each row execute function requests.guard_transition();

-- Requester contact: private, never on the public API.
create table requests.requester (
    request_id bigint primary key references requests.service_request (id) on delete cascade,
    first_name text check (length(first_name) <= 200),
    last_name  text check (length(last_name) <= 200),
    email      text check (length(email) <= 320),
    phone      text check (length(phone) <= 40),
    device_id  text check (length(device_id) <= 200),
    account_id text check (length(account_id) <= 200)
);

create table requests.history (
    id          bigint generated always as identity primary key,
    request_id  bigint not null references requests.service_request (id) on delete cascade,
    at          timestamptz not null,
    actor       text not null,
    actor_kind  text not null check (actor_kind in ('resident', 'staff', 'system', 'agency_system', 'api_client')),
    kind        text not null check (kind in ('submitted', 'status_changed', 'note', 'rerouted', 'escalated',
                                              'merged', 'reopened', 'assigned', 'media_added', 'duplicate_suggested')),
    from_status text,
    to_status   text,
    note        text check (length(note) <= 8000),
    public      boolean not null,
    details     jsonb not null default '{}'
);
create index history_request on requests.history (request_id, id);
create index history_at on requests.history (at);

create table requests.media (
    id           text primary key,
    request_id   bigint not null references requests.service_request (id) on delete cascade,
    content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/gif', 'image/webp')),
    filename     text,
    size_bytes   int not null check (size_bytes > 0),
    sha256       text not null,
    content      bytea not null,
    uploaded_at  timestamptz not null
);
create index media_request on requests.media (request_id);

create table requests.external_media (
    request_id bigint not null references requests.service_request (id) on delete cascade,
    url        text not null check (url ~ '^https?://' and length(url) <= 2000),
    primary key (request_id, url)
);
