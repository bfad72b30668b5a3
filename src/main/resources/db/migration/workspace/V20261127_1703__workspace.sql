create schema if not exists workspace;

-- Every call the 311 center answers, whether or not a request results (NYC counts contacts, not only requests).
create table workspace.contact (
    id             bigserial primary key,
    agent          text not null,
    caller_name    text check (length(caller_name) <= 200),
    caller_phone   text check (length(caller_phone) <= 40),
    caller_email   text check (length(caller_email) <= 320),
    language       text not null,
    topic          text not null check (length(topic) between 1 and 200),
    notes          text check (length(notes) <= 4000),
    request_number text,
    at             timestamptz not null
);
create index contact_phone on workspace.contact (right(regexp_replace(coalesce(caller_phone, ''), '[^0-9]', '', 'g'), 10));
create index contact_email on workspace.contact (lower(caller_email));
create index contact_at on workspace.contact (at desc);
