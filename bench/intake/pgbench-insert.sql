-- The limit: one row like the one a POST writes to requests.service_request, one statement, one
-- commit. Values as the application writes them for a dohmh-rodent POST (number from a sequence,
-- attributes as jsonb, the service notice text, due date = now + 240 h, districts empty because
-- the geo lookup returns none yet).
\set lat 40.70 + random(0, 100000) / 1000000.0
\set lon -74.01 + random(0, 80000) / 1000000.0
insert into bench.service_request (number, service_code, agency_code, channel, description, lat, lon,
    address, address_id, zipcode, districts, attributes,
    requested_at, updated_at, expected_at, service_notice, language, likely_parent_id, token,
    idempotency_scope, idempotency_key)
values ('311-' || nextval('bench.number_seq'), 'dohmh-rodent', 'DOHMH', 'api', 'Rats running along the curb at night',
    :lat, :lon, null, null, null, '{}'::jsonb,
    '{"descriptor": "rat-sighting", "seen_where": ["sidewalk"]}'::jsonb,
    now(), now(), now() + interval '240 hours', 'Expected within 240 hours.', 'en', null, null, null, null)
on conflict (idempotency_scope, idempotency_key) do nothing
returning id;
