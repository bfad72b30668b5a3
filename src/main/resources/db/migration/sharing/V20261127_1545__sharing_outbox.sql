-- The transactional outbox: CloudEvents documents written in the transaction of the change.
create table sharing.outbox (
    id          bigint generated always as identity primary key,
    event_id    uuid not null unique,
    type        text not null,
    subject     text not null,
    agencies    text[] not null,
    document    text not null check (document::jsonb ->> 'specversion' = '1.0'),
    created_at  timestamptz not null
);

-- One delivery per event and destination (an agency system's webhook, or Kafka), worked by the
-- delivery job with FOR UPDATE SKIP LOCKED; within a destination, a subject's events go in order.
create table sharing.delivery (
    id              bigint generated always as identity primary key,
    outbox_id       bigint not null references sharing.outbox (id),
    system_id       bigint references sharing.system (id),
    channel         text not null check (channel in ('webhook', 'kafka')),
    subject         text not null,
    status          text not null default 'pending' check (status in ('pending', 'delivered', 'dead')),
    attempts        int not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null,
    last_error      text,
    delivered_at    timestamptz,
    check ((channel = 'kafka') = (system_id is null)),
    check ((status = 'delivered') = (delivered_at is not null))
);
create unique index delivery_once on sharing.delivery (outbox_id, coalesce(system_id, 0), channel);
create index delivery_due on sharing.delivery (next_attempt_at, id) where status = 'pending';
create index delivery_order on sharing.delivery (channel, subject, id) where status <> 'delivered';
