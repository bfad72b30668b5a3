-- Agencies (catalog) are the members; each has systems with their own credentials and scopes.
create table sharing.system (
    id             bigint generated always as identity primary key,
    code           text not null unique check (code ~ '^[a-z0-9][a-z0-9.-]{1,63}$'),
    agency_code    text not null,
    name           text not null check (length(name) between 1 and 200),
    scopes         text[] not null,
    webhook_url    text check (webhook_url ~ '^https?://' and length(webhook_url) <= 2000),
    webhook_secret bytea,
    event_types    text[] not null default '{}',
    created_at     timestamptz not null,
    disabled_at    timestamptz
);

-- API credentials: "ocs_<key id>.<secret>"; only the SHA-256 of the (random, 256-bit) secret is kept.
create table sharing.credential (
    id          bigint generated always as identity primary key,
    system_id   bigint not null references sharing.system (id),
    key_id      text not null unique check (key_id ~ '^[A-Za-z0-9_-]{16}$'),
    secret_hash text not null check (length(secret_hash) = 64),
    created_at  timestamptz not null,
    expires_at  timestamptz,
    revoked_at  timestamptz
);
create index credential_system on sharing.credential (system_id);

create table sharing.agreement (
    id               bigint generated always as identity primary key,
    code             text not null unique check (length(code) between 1 and 100),
    provider_agency  text not null,
    consumer_agency  text,
    consumer_system  text,
    dataset          text not null,
    fields           text[] not null,
    purpose          text not null,
    legal_basis      text not null check (length(legal_basis) between 1 and 1000),
    valid_from       timestamptz not null,
    valid_to         timestamptz,
    consent_required boolean not null,
    created_at       timestamptz not null,
    check (consumer_agency is not null or consumer_system is not null),
    check (valid_to is null or valid_to > valid_from)
);
create index agreement_lookup on sharing.agreement (dataset, provider_agency);

-- Consent per person (subject), purpose and program; a withdrawal takes effect on the next decision.
create table sharing.consent (
    id           bigint generated always as identity primary key,
    subject      text not null,
    purpose      text not null,
    program      text,
    given_at     timestamptz not null,
    withdrawn_at timestamptz,
    recorded_by  text not null,
    channel      text not null check (channel in ('portal', 'agent', 'agency')),
    check (withdrawn_at is null or withdrawn_at >= given_at)
);
create index consent_subject on sharing.consent (subject, purpose);

-- Break-the-glass: emergency access with a stated reason, time-limited, flagged for review.
create table sharing.break_glass (
    id          bigint generated always as identity primary key,
    actor       text not null,
    system_code text,
    agency_code text,
    dataset     text not null,
    subject     text not null,
    reason      text not null check (length(reason) between 10 and 2000),
    granted_at  timestamptz not null,
    expires_at  timestamptz not null,
    reviewed_at timestamptz,
    reviewed_by text,
    check (expires_at > granted_at and expires_at <= granted_at + interval '8 hours')
);
create index break_glass_open on sharing.break_glass (dataset, subject, actor) where reviewed_at is null;
