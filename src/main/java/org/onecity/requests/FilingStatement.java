package org.onecity.requests;

import static org.onecity.requests.RequestRepository.ts;

import java.sql.Array;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.onecity.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Files a new request in one statement, one round trip: finds the open requests of the same
 * service nearby (the likely parent is the nearest), inserts the request with its due date and
 * service notice, and its first history lines (received, routed, and the duplicate suggestion when
 * there is one). Nothing is written when a request with the same idempotency key exists.
 */
@Repository
class FilingStatement {

    static final String NEARBY_NOTICE = " A similar open request is nearby: ";
    static final String DUPLICATE_NOTE = "Likely the same problem as ";
    static final int CANDIDATES = 5;

    private static final String SQL = """
            with near as (
              select r.id, r.number, row_number() over (order by
                       ((r.lat - :lat::float8) * (r.lat - :lat::float8)
                        + (r.lon - :lon::float8) * (r.lon - :lon::float8) * :cos2::float8), r.requested_at) as rank
              from requests.service_request r
              where r.service_code = :service and r.status <> 'closed' and r.requested_at >= :since::timestamptz
                and r.lat between :lat::float8 - :dLat::float8 and :lat::float8 + :dLat::float8
                and r.lon between :lon::float8 - :dLon::float8 and :lon::float8 + :dLon::float8
              order by rank
              limit :candidates),
            nearest as (select id, number from near where rank = 1),
            ins as (
              insert into requests.service_request (number, service_code, agency_code, channel, description, lat,
                  lon, address, address_id, zipcode, districts, attributes,
                  requested_at, updated_at, expected_at, service_notice, language, likely_parent_id, token,
                  idempotency_scope, idempotency_key)
              values ('311-' || nextval('requests.request_number_seq'), :service, :agency, :channel, :description,
                  :lat, :lon, :address, :addressId, :zipcode, :districts::jsonb, :attributes::jsonb,
                  :requestedAt, :requestedAt, :expectedAt,
                  :notice || coalesce(:nearbyNotice || (select number from nearest) || '.', ''),
                  :language, (select id from nearest), :token, :scope, :key)
              on conflict (idempotency_scope, idempotency_key) do nothing
              returning *),
            lines as (
              insert into requests.history (request_id, at, actor, actor_kind, kind, from_status, to_status, note,
                  public, details, text_key, text_args)
              select ins.id, :requestedAt::timestamptz, l.actor, l.actor_kind, l.kind, l.from_status, l.to_status, l.note, l.public,
                     l.details, l.text_key, l.text_args
              from ins, (
                select 1 as ord, :actor as actor, :actorKind as actor_kind, 'submitted' as kind, null as from_status,
                       'submitted' as to_status, :receivedNote as note, true as public, :receivedDetails::jsonb as details,
                       :receivedKey as text_key, :receivedArgs::jsonb as text_args
                union all
                select 2, :systemName, :systemKind, 'note', null, null, :routedNote, false, :routedDetails::jsonb,
                       :routedKey, :routedArgs::jsonb
                union all
                select 3, :systemName, :systemKind, 'duplicate_suggested', null, null, :duplicateNote || n.number, false,
                       jsonb_build_object('candidates', (select jsonb_agg(c.number order by c.rank) from near c)),
                       'history.duplicateSuggested', jsonb_build_array(jsonb_build_object('text', n.number))
                from nearest n) l
              order by l.ord)
            select ins.*, null::text as parent_number, (select number from nearest) as likely_parent_number,
                   null::text[] as media_ids, null::text[] as media_urls, null::text[] as children,
                   (select array_agg(c.number order by c.rank) from near c) as candidates
            from ins""";

    private final JdbcClient jdbc;

    FilingStatement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new request's columns, as intake worked them out (the notice before any nearby request is added). */
    record NewRow(String serviceCode, String agencyCode, Channel channel, String description, Double lat, Double lon,
                  String address, String addressId, String zipcode, RequestDistricts districts, String attributesJson,
                  Instant requestedAt, Instant expectedAt, String serviceNotice, String language,
                  String token, String idempotencyScope, String idempotencyKey) {
    }

    /** A request just filed, as the statement returned it, with the numbers of its likely duplicates. */
    record Filed(long id, ServiceRequest request, List<String> candidates) {
    }

    /** What intake knows before the statement: the row, where to look for duplicates, the first history lines. */
    record NewRequest(NewRow row, Actor actor, Instant duplicatesSince, double duplicateRadiusMeters,
                      HistoryNotes.Said received, String receivedDetailsJson, HistoryNotes.Said routed,
                      String routedDetailsJson) {
    }

    /** Files the request; empty when a request with the same idempotency key exists already. */
    Optional<Filed> file(NewRequest f) {
        NewRow r = f.row();
        var box = r.lat() == null || r.lon() == null ? null
                : RequestRepository.NearBox.around(r.lat(), f.duplicateRadiusMeters());
        return jdbc.sql(SQL)
                .param("service", r.serviceCode()).param("agency", r.agencyCode()).param("channel", r.channel().wire())
                .param("description", r.description()).param("lat", r.lat()).param("lon", r.lon())
                .param("dLat", box == null ? null : box.dLat()).param("dLon", box == null ? null : box.dLon())
                .param("cos2", box == null ? null : box.cos2()).param("since", ts(f.duplicatesSince()))
                .param("candidates", CANDIDATES)
                .param("address", r.address()).param("addressId", r.addressId()).param("zipcode", r.zipcode())
                .param("districts", r.districts().json())
                .param("attributes", r.attributesJson()).param("requestedAt", ts(r.requestedAt()))
                .param("expectedAt", ts(r.expectedAt())).param("notice", r.serviceNotice())
                .param("nearbyNotice", NEARBY_NOTICE).param("language", r.language()).param("token", r.token())
                .param("scope", r.idempotencyScope()).param("key", r.idempotencyKey())
                .param("actor", f.actor().name()).param("actorKind", HistoryActors.filer(f.actor(), r.channel()))
                .param("receivedNote", f.received().note()).param("receivedDetails", f.receivedDetailsJson())
                .param("receivedKey", f.received().sentence().key())
                .param("receivedArgs", SentenceJson.args(f.received().sentence()))
                .param("systemName", Actor.CITY.name()).param("systemKind", HistoryActors.kind(Actor.CITY))
                .param("routedNote", f.routed().note()).param("routedDetails", f.routedDetailsJson())
                .param("routedKey", f.routed().sentence().key())
                .param("routedArgs", SentenceJson.args(f.routed().sentence()))
                .param("duplicateNote", DUPLICATE_NOTE)
                .query((rs, n) -> new Filed(rs.getLong("id"), RequestRows.map(rs, n), strings(rs.getArray("candidates"))))
                .optional();
    }

    private static List<String> strings(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
