-- Not the limit the issue asks for, a diagnostic: the SQL one POST runs (see RequestFiling,
-- ApiKeys.verify, RequestIntake.submit, RequestRepository, HistoryLog), statement for statement,
-- against copies of the tables (bench.txn_request is seeded with the application's rows, at the
-- size the table had half-way through the application's runs, so the duplicate search and the
-- children subquery see about the same number of rows). The gap between this and the application is what the
-- JVM side (HTTP, Spring, JDBC driver, JSON) costs; the gap between this and pgbench-insert is
-- what the extra statements cost in PostgreSQL.
\set lat 40.70 + random(0, 100000) / 1000000.0
\set lon -74.01 + random(0, 80000) / 1000000.0
\set dup random(0, 1)
select id, name, agency_code from open311.api_key where key_hash = :keyhash and revoked_at is null;
begin;
select * from routing.rule where active and (service_code is null or service_code = 'dohmh-rodent');
select r.*, p.number as parent_number, lp.number as likely_parent_number,
       (select array_agg(m.id order by m.uploaded_at, m.id) from requests.media m where m.request_id = r.id) as media_ids,
       (select array_agg(e.url order by e.url) from requests.external_media e where e.request_id = r.id) as media_urls,
       (select array_agg(c.number order by c.id) from bench.txn_request c where c.parent_id = r.id) as children
from bench.txn_request r
left join bench.txn_request p on p.id = r.parent_id
left join bench.txn_request lp on lp.id = r.likely_parent_id
 where r.service_code = 'dohmh-rodent' and r.status <> 'closed' and r.requested_at >= now() - interval '72 hours'
   and r.lat between :lat - 0.000674 and :lat + 0.000674 and r.lon between :lon - 0.000889 and :lon + 0.000889
 order by ((r.lat - :lat) * (r.lat - :lat) + (r.lon - :lon) * (r.lon - :lon) * 0.5737), r.requested_at
 limit 5;
insert into bench.txn_request (number, service_code, agency_code, channel, description, lat, lon,
    address, address_id, zipcode, borough, community_district, zip_area, alcaldia, attributes,
    requested_at, updated_at, expected_at, service_notice, language, likely_parent_id, token,
    idempotency_scope, idempotency_key)
values ('311-' || nextval('bench.txn_number_seq'), 'dohmh-rodent', 'DOHMH', 'api', 'Rats running along the curb at night',
    :lat, :lon, null, null, null, null, null, null, null,
    '{"descriptor": "rat-sighting", "seen_where": ["sidewalk"]}'::jsonb,
    now(), now(), now() + interval '240 hours', 'Expected within 240 hours.', 'en', null, null, null, null)
on conflict (idempotency_scope, idempotency_key) do nothing
returning id \gset
insert into bench.history (request_id, at, actor, actor_kind, kind, from_status, to_status, note, public, details)
values (:id, now(), 'demo', 'api_client', 'submitted', null, 'submitted', 'Request received by api', true,
    '{"channel": "api"}'::jsonb) returning id;
insert into bench.history (request_id, at, actor, actor_kind, kind, from_status, to_status, note, public, details)
values (:id, now(), 'onecity', 'system', 'note', null, null,
    'Routed to DOHMH (service dohmh-rodent is owned by DOHMH)', false, '{}'::jsonb) returning id;
\if :dup
insert into bench.history (request_id, at, actor, actor_kind, kind, from_status, to_status, note, public, details)
values (:id, now(), 'onecity', 'system', 'duplicate_suggested', null, null, 'Likely the same problem as 311-1002003',
    false, '{"candidates": ["311-1002003"]}'::jsonb) returning id;
\endif
select r.*, p.number as parent_number, lp.number as likely_parent_number,
       (select array_agg(m.id order by m.uploaded_at, m.id) from requests.media m where m.request_id = r.id) as media_ids,
       (select array_agg(e.url order by e.url) from requests.external_media e where e.request_id = r.id) as media_urls,
       (select array_agg(c.number order by c.id) from bench.txn_request c where c.parent_id = r.id) as children
from bench.txn_request r
left join bench.txn_request p on p.id = r.parent_id
left join bench.txn_request lp on lp.id = r.likely_parent_id
 where r.id = :id;
commit;
