create schema if not exists messaging;

-- Who hears about a request by email, and about what. One row per request (its requester's address).
-- Personal data is sealed per field by the sharing module (AES-GCM, context table.column#id).
create table messaging.subscription (
    request_number  text primary key check (length(request_number) <= 40),
    id              bigserial not null unique,
    email           bytea not null,
    language        text not null,
    status_updates  boolean not null default true,
    closure         boolean not null default true,
    unsubscribed_at timestamptz,
    created_at      timestamptz not null
);

-- Emails to send, written in the transaction of the request change they tell about; the sender job
-- claims due rows with SKIP LOCKED and keeps attempts, the last error and the next try on the row.
create table messaging.outbox (
    id              bigserial primary key,
    request_number  text not null,
    kind            text not null check (kind in ('confirmation', 'status', 'closed')),
    recipient       bytea not null,
    subject         text not null check (length(subject) <= 300),
    body            text not null,
    state           text not null default 'pending' check (state in ('pending', 'sent', 'failed')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    sent_at         timestamptz
);
create index outbox_due on messaging.outbox (next_attempt_at) where state = 'pending';
create index outbox_request on messaging.outbox (request_number);

-- The key that signs notification links (one row, made on first use).
create table messaging.link_key (
    id  int primary key check (id = 1),
    key bytea not null
);

-- SMS conversations, keyed by the phone number's blind index: where the resident is in filing by text.
create table messaging.sms_conversation (
    phone_index  bytea primary key,
    id           bigserial not null unique,
    phone        bytea not null,
    state        text not null check (state in ('idle', 'choosing', 'answering', 'locating')),
    question     text check (length(question) <= 500),
    candidates   text[] not null default '{}',
    service_code text,
    attribute_at int not null default 0,
    answers      jsonb not null default '{}',
    language     text not null default 'en',
    updated_at   timestamptz not null
);

-- Every text in and out, for the record.
create table messaging.sms_message (
    id          bigserial primary key,
    phone_index bytea not null,
    direction   text not null check (direction in ('in', 'out')),
    body        bytea not null,
    at          timestamptz not null
);
create index sms_message_phone on messaging.sms_message (phone_index, at);
