package org.onecity.requests;

import java.util.List;
import java.util.stream.Collectors;

/** The set-based statements of {@link RequestBulkLoad}; the relation name is checked by the caller. */
final class BulkSql {

    private BulkSql() {
    }

    /**
     * Updates known keys whose data differ; one history row each; returns the count. A closed request's
     * outcome and closed date go with its new status. The districts follow the coordinates: not compared.
     */
    static String update(String stage, List<String> fields) {
        List<String> compared = fields.stream().filter(f -> !f.equals("districts")).toList();
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
                    update requests.service_request r set %2$s, version = r.version + 1
                    from target t
                    where r.id = t.id and (%3$s) is distinct from (%4$s)
                    returning r.id, t.old_status, r.status, r.resolution, r.updated_at
                ), hist as (
                    insert into requests.history (request_id, at, actor, actor_kind, kind, from_status, to_status, note,
                        public, details)
                    select id, updated_at, :actor, 'system', 'status_changed', old_status, status,
                        coalesce(resolution, 'Updated from ' || :source), true,
                        jsonb_build_object('source', :source::text)
                    from upd returning 1
                )
                select count(*) from upd""".formatted(stage,
                fields.stream().map(f -> f + " = t." + updated(f)).collect(Collectors.joining(", ")),
                compared.stream().map(f -> "r." + f).collect(Collectors.joining(", ")),
                compared.stream().map(f -> "t." + updated(f)).collect(Collectors.joining(", ")));
    }

    /**
     * Inserts new keys; a staged row whose key or number is already taken is skipped (ON CONFLICT DO
     * NOTHING: one index probe per unique key, and no join whose plan depends on table statistics);
     * history rows; returns the count. The received line's details and sentence arguments are text
     * cast to jsonb (a channel is a plain wire word, {@code :sourceJson} the source as a JSON string):
     * parsing costs the server a third of the CPU that jsonb_build_object/array took.
     */
    static String insert(String stage, List<String> fields) {
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
                select count(*) from ins""".formatted(stage, String.join(", ", fields),
                fields.stream().map(f -> "s." + f).collect(Collectors.joining(", ")));
    }

    /** The target's column holding a field's new value. */
    private static String updated(String field) {
        return switch (field) {
            case "status", "outcome", "closed_at" -> "new_" + field;
            default -> field;
        };
    }
}
