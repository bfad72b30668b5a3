create schema if not exists portal;

-- The satisfaction survey a resident answers after closure: one answer per request (the latest replaces it).
create table portal.survey (
    request_number text primary key check (length(request_number) <= 40),
    agency_code    text not null,
    rating         int not null check (rating between 1 and 5),
    comment        text check (length(comment) <= 2000),
    language       text not null,
    answered_at    timestamptz not null
);
create index survey_agency on portal.survey (agency_code, answered_at desc);

-- A resident's request to reopen a closed request, with the reason (NYC Local Law 13 of 2025).
create table portal.reopen_ask (
    id             bigserial primary key,
    request_number text not null check (length(request_number) <= 40),
    agency_code    text not null,
    reason         text not null check (length(reason) between 1 and 2000),
    asked_at       timestamptz not null,
    decided_at     timestamptz,
    decided_by     text,
    decision       text check (decision in ('reopened', 'declined'))
);
create index reopen_ask_agency on portal.reopen_ask (agency_code, asked_at desc) where decided_at is null;
create index reopen_ask_request on portal.reopen_ask (request_number);
