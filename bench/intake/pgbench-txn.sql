-- Not the limit the issue asks for, a diagnostic: the SQL one POST runs, statement for statement, against
-- copies of the tables (pgbench-setup.sql; bench.txn_request is seeded with the application's rows, at the
-- size the table had half-way through the application's runs, so the duplicate search sees about the same
-- number of rows). Since 2026-11-28 a POST is three statements and the commit:
--   1. requests.FilingStatement: duplicate search, insert of the request, its first history lines;
--   2. sla.ClockRepository.start: the SLA clock;
--   3. sharing.Outbox.append: the event and its deliveries.
-- (The API key is verified from memory, the routing rules are read from memory.) JSON literals here keep a
-- space after every colon, none in its times, and the scope "events:receive" is written E'events\x3areceive':
-- pgbench takes any ":name", even in a string, for a variable. The gap between this and
-- the application is what the JVM side costs; between this and pgbench-insert, what the extra work costs.
\set lat 40.70 + random(0, 100000) / 1000000.0
\set lon -74.01 + random(0, 80000) / 1000000.0
begin;
with near as (
  select r.id, r.number, row_number() over (order by
           ((r.lat - :lat::float8) * (r.lat - :lat::float8) + (r.lon - :lon::float8) * (r.lon - :lon::float8) * 0.5737), r.requested_at) as rank
  from bench.txn_request r
  where r.service_code = 'dohmh-rodent' and r.status <> 'closed' and r.requested_at >= now() - interval '72 hours'
    and r.lat between :lat::float8 - 0.000674 and :lat::float8 + 0.000674 and r.lon between :lon::float8 - 0.000889 and :lon::float8 + 0.000889
  order by rank
  limit 5),
nearest as (select id, number from near where rank = 1),
ins as (
  insert into bench.txn_request (number, service_code, agency_code, channel, description, lat, lon, address,
      address_id, zipcode, districts, attributes, requested_at, updated_at,
      expected_at, service_notice, language, likely_parent_id, token, idempotency_scope, idempotency_key)
  values ('311-' || nextval('bench.txn_number_seq'), 'dohmh-rodent', 'DOHMH', 'api',
      'Rats running along the curb at night', :lat::float8, :lon::float8, null, null, null,
      '{"borough": "1", "community_district": "105", "zip": "10036"}'::jsonb,
      '{"descriptor": "rat-sighting", "seen_where": ["sidewalk"]}'::jsonb, now(), now(), now() + interval '240 hours',
      'Expected within 240 hours.' || coalesce(' A similar open request is nearby: ' || (select number from nearest) || '.', ''),
      'en', (select id from nearest), null, null, null)
  on conflict (idempotency_scope, idempotency_key) do nothing
  returning *),
lines as (
  insert into bench.history (request_id, at, actor, actor_kind, kind, from_status, to_status, note, public, details)
  select ins.id, now(), l.actor, l.actor_kind, l.kind, l.from_status, l.to_status, l.note, l.public, l.details
  from ins, (
    select 1 as ord, 'demo' as actor, 'api_client' as actor_kind, 'submitted' as kind, null as from_status,
           'submitted' as to_status, 'Request received by api' as note, true as public, '{"channel": "api"}'::jsonb as details
    union all
    select 2, 'onecity', 'system', 'note', null, null, 'Routed to DOHMH (service dohmh-rodent is owned by DOHMH)',
           false, '{}'::jsonb
    union all
    select 3, 'onecity', 'system', 'duplicate_suggested', null, null, 'Likely the same problem as ' || n.number, false,
           jsonb_build_object('candidates', (select jsonb_agg(c.number order by c.rank) from near c))
    from nearest n) l
  order by l.ord)
select ins.number, (select number from nearest) as likely_parent_number,
       (select array_agg(c.number order by c.rank) from near c) as candidates
from ins \gset
insert into bench.clock (request_number, agency_code, service_code, due_at, level, next_level, next_escalation_at,
    updated_at)
values (:number::text, 'DOHMH', 'dohmh-rodent', now() + interval '240 hours', 0, 1, now() + interval '240 hours', now())
on conflict (request_number) do nothing;
with o as (
  insert into bench.outbox (event_id, type, subject, agencies, document, created_at)
  values (gen_random_uuid(), 'org.onecity.request.submitted', :number::text, array['DOHMH'],
    '{"specversion": "1.0", "id": "5f0c2a4e-8f7d-4c1e-9d55-3b1f0e7a9c21", "source": "/onecity", "type": "org.onecity.request.submitted", "subject": "311-1000001", "time": "2026-11-28T00.00.00Z", "datacontenttype": "application/json", "data": {"number": "311-1000001", "serviceCode": "dohmh-rodent", "agencyCode": "DOHMH", "channel": "API", "requestedAt": "2026-11-28T00.00.00Z", "expectedAt": "2026-12-08T00.00.00Z", "districts": {"borough": "MANHATTAN", "communityDistrict": "105", "zipArea": "10036", "alcaldia": null}, "language": "en"}}',
    now()) returning id)
insert into bench.delivery (outbox_id, system_id, channel, subject, next_attempt_at)
select o.id, d.system_id, d.channel, :number::text, now() from o, (
  select s.id as system_id, 'webhook' as channel from sharing.system s
  where s.webhook_url is not null and s.disabled_at is null and s.agency_code = any(array['DOHMH'])
    and E'events\x3areceive' = any(s.scopes) and (cardinality(s.event_types) = 0 or 'org.onecity.request.submitted' = any(s.event_types))
  union all
  select null, 'kafka' where false) d
order by d.system_id nulls last;
commit;
