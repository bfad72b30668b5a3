package org.onecity.requests;

/** The set-based statements of {@link RequestBulkLoad}; the relation name is checked by the caller. */
final class BulkSql {

    private BulkSql() {
    }

    /** Updates known keys whose data differ; one history row each; returns the count. */
    static String update(String stage) {
        return """
                with cand as (
                    select r.id, r.status as old_status, s.*,
                        case when s.status = r.status then r.status
                             when exists (select 1 from requests.allowed_transition t
                                          where t.from_status = r.status and t.to_status = s.status) then s.status
                             when r.status = 'closed' then 'reopened'
                             else r.status end as new_status
                    from %1$s s join requests.service_request r on r.source = :source and r.source_key = s.source_key
                ), target as (
                    select c.*, case when c.new_status = 'closed' then c.outcome end as new_outcome,
                           case when c.new_status = 'closed' then c.closed_at end as new_closed_at
                    from cand c
                ), upd as (
                    update requests.service_request r set
                        service_code = t.service_code, agency_code = t.agency_code, status = t.new_status,
                        outcome = t.new_outcome, channel = t.channel, description = t.description, lat = t.lat,
                        lon = t.lon, address = t.address, address_id = t.address_id, zipcode = t.zipcode,
                        borough = t.borough, community_district = t.community_district, zip_area = t.zip_area,
                        alcaldia = t.alcaldia, attributes = t.attributes, requested_at = t.requested_at,
                        updated_at = t.updated_at, expected_at = t.expected_at, closed_at = t.new_closed_at,
                        resolution = t.resolution, version = r.version + 1
                    from target t
                    where r.id = t.id and (r.service_code, r.agency_code, r.status, r.outcome, r.channel, r.description,
                            r.lat, r.lon, r.address, r.address_id, r.zipcode, r.attributes, r.requested_at, r.updated_at,
                            r.expected_at, r.closed_at, r.resolution)
                        is distinct from (t.service_code, t.agency_code, t.new_status, t.new_outcome, t.channel,
                            t.description, t.lat, t.lon, t.address, t.address_id, t.zipcode, t.attributes,
                            t.requested_at, t.updated_at, t.expected_at, t.new_closed_at, t.resolution)
                    returning r.id, t.old_status, r.status, r.resolution, r.updated_at
                ), hist as (
                    insert into requests.history (request_id, at, actor, actor_kind, kind, from_status, to_status, note,
                        public, details)
                    select id, updated_at, :actor, 'system', 'status_changed', old_status, status,
                        coalesce(resolution, 'Updated from ' || :source), true,
                        jsonb_build_object('source', :source::text)
                    from upd returning 1
                )
                select count(*) from upd""".formatted(stage);
    }

    /**
     * Inserts new keys; a staged row whose key or number is already taken is skipped (ON CONFLICT DO
     * NOTHING: one index probe per unique key, and no join whose plan depends on table statistics);
     * history rows; returns the count. The received line's details and sentence arguments are text
     * cast to jsonb (a channel is a plain wire word, {@code :sourceJson} the source as a JSON string):
     * parsing costs the server a third of the CPU that jsonb_build_object/array took.
     */
    static String insert(String stage, String fields) {
        return """
                with ins as (
                    insert into requests.service_request (number, source, source_key, %2$s)
                    select s.number, :source, s.source_key, %3$s
                    from %1$s s
                    on conflict do nothing
                    returning id, status, channel, requested_at, updated_at, closed_at, resolution
                ), hist as (
                    insert into requests.history (request_id, at, actor, actor_kind, kind, from_status, to_status, note,
                        public, details, text_key, text_args)
                    select id, at, :actor, 'system', kind, from_status, to_status, note, true, details, text_key, text_args
                    from (
                        select id, requested_at as at, 'submitted' as kind, null::text as from_status,
                            'submitted' as to_status,
                            'Request received by ' || channel || ' (imported from ' || :source || ')' as note,
                            ('{"channel": "' || channel || '", "source": ' || :sourceJson || '}')::jsonb as details, 1 as step,
                            'history.receivedImported' as text_key,
                            ('[{"channel": "' || channel || '"}, {"text": ' || :sourceJson || '}]')::jsonb as text_args
                        from ins
                        union all
                        select id, coalesce(closed_at, updated_at), 'status_changed', 'submitted', status, resolution,
                            jsonb_build_object('source', :source::text), 2, null, '[]'::jsonb
                        from ins where status <> 'submitted'
                    ) h order by id, step
                    returning 1
                )
                select count(*) from ins""".formatted(stage, fields, prefixed(fields));
    }

    private static String prefixed(String fields) {
        return "s." + fields.replace(", ", ", s.");
    }
}
