create schema if not exists workspace;

-- Every call the 311 center answers, whether or not a request results (NYC counts contacts, not only requests).
-- The caller's name, phone and email are sealed per field (sharing module); phone and email have blind indexes.
create table workspace.contact (
    id             bigserial primary key,
    agent          text not null,
    caller_name    bytea,
    caller_phone   bytea,
    caller_email   bytea,
    phone_index    bytea,
    email_index    bytea,
    language       text not null,
    topic          text not null check (length(topic) between 1 and 200),
    notes          text check (length(notes) <= 4000),
    request_number text,
    at             timestamptz not null
);
create index contact_phone on workspace.contact (phone_index);
create index contact_email on workspace.contact (email_index);
create index contact_at on workspace.contact (at desc);
