create schema if not exists sla;

-- One SLA clock per service request: its due date and where it stands on its agency's chain of
-- command. next_escalation_at is what the escalation job looks for; it is null once the chain is
-- exhausted or the clock is stopped (the request closed).
create table sla.clock (
    request_number     text primary key,
    agency_code        text not null,
    service_code       text,
    due_at             timestamptz not null,
    level              int not null default 0 check (level >= 0),
    next_level         int,
    next_escalation_at timestamptz,
    stopped_at         timestamptz,
    attempts           int not null default 0 check (attempts >= 0),
    last_error         text check (length(last_error) <= 2000),
    updated_at         timestamptz not null,
    check (next_level > level),
    check ((next_level is null) = (next_escalation_at is null)),
    check (stopped_at is null or next_escalation_at is null)
);

-- What the escalation job claims: running clocks whose next level is due.
create index clock_next_escalation on sla.clock (next_escalation_at) where stopped_at is null;

-- What an agency workspace lists: its running clocks past due, oldest first.
create index clock_agency_running on sla.clock (agency_code, due_at) where stopped_at is null;
