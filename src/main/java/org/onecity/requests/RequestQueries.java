package org.onecity.requests;

import static org.onecity.requests.RequestRepository.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading requests: by number or token, searching, history, the update feed, photos. */
@Service
@Transactional(readOnly = true)
public class RequestQueries {

    private final JdbcClient jdbc;
    private final RequestRepository requests;
    private final HistoryLog history;
    private final MediaStore media;
    private final RequestSettings settings;

    private final java.time.Clock clock;

    RequestQueries(JdbcClient jdbc, RequestRepository requests, HistoryLog history, MediaStore media,
                   RequestSettings settings, java.time.Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.jdbc = jdbc;
        this.requests = requests;
        this.history = history;
        this.media = media;
    }

    public Optional<ServiceRequest> find(String number) {
        return number == null ? Optional.empty() : requests.byNumber(number);
    }

    public Optional<ServiceRequest> byToken(String token) {
        return token == null ? Optional.empty() : requests.byToken(token);
    }

    public List<ServiceRequest> search(RequestQuery q) {
        StringBuilder where = new StringBuilder(" where true");
        var params = new java.util.LinkedHashMap<String, Object>();
        if (!q.numbers().isEmpty()) {
            where.append(" and r.number = any(:numbers)");
            params.put("numbers", q.numbers().toArray(String[]::new));
        } else {
            if (!q.serviceCodes().isEmpty()) {
                where.append(" and r.service_code = any(:services)");
                params.put("services", q.serviceCodes().toArray(String[]::new));
            }
            if (!q.agencyCodes().isEmpty()) {
                where.append(" and r.agency_code = any(:agencies)");
                params.put("agencies", q.agencyCodes().toArray(String[]::new));
            }
            range(where, params, "r.requested_at", ">=", "requestedFrom", q.requestedFrom());
            range(where, params, "r.requested_at", "<=", "requestedTo", q.requestedTo());
            range(where, params, "r.updated_at", ">", "updatedAfter", q.updatedAfter());
            range(where, params, "r.updated_at", "<", "updatedBefore", q.updatedBefore());
            if (q.open() != null) {
                where.append(q.open() ? " and r.status <> 'closed'" : " and r.status = 'closed'");
            }
        }
        String text = RequestRows.SELECT + where + " order by r.requested_at desc, r.id desc limit :limit offset :offset";
        params.put("limit", q.pageSize());
        params.put("offset", (long) (q.page() - 1) * q.pageSize());
        return jdbc.sql(text).params(params).query(RequestRows::map).list();
    }

    private static void range(StringBuilder where, java.util.Map<String, Object> params, String column, String op,
                              String name, Instant value) {
        if (value != null) {
            where.append(" and ").append(column).append(' ').append(op).append(" :").append(name);
            params.put(name, ts(value));
        }
    }

    /** Open requests of the same type nearby that look like the same problem (the likely parents). */
    public List<ServiceRequest> likelyDuplicates(ServiceRequest r) {
        if (r.lat() == null || !r.isOpen()) {
            return List.of();
        }
        return requests.openNear(r.serviceCode(), r.lat(), r.lon(), settings.duplicateRadiusMeters(),
                r.requestedAt().minus(settings.duplicateWindow()), 6).stream()
                .filter(o -> !o.number().equals(r.number()) && o.requestedAt().isBefore(r.requestedAt())
                        || !o.number().equals(r.number()) && o.requestedAt().equals(r.requestedAt())
                        && o.number().compareTo(r.number()) < 0)
                .limit(5).toList();
    }

    /** Open requests of a type near a point, before anything is filed (the portal's "is this your problem?"). */
    public List<ServiceRequest> openNear(String serviceCode, double lat, double lon) {
        return requests.openNear(serviceCode, lat, lon, settings.duplicateRadiusMeters(),
                java.time.Instant.now(clock).minus(settings.duplicateWindow()), 5);
    }

    /**
     * Requests whose requester matches a phone number (digits compared), an email (case-insensitive)
     * or a name (first and/or last, case-insensitive prefix), newest first. Blank criteria are ignored;
     * with no criteria nothing matches.
     */
    public List<RequesterMatch> byRequester(String phone, String email, String name, int limit) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        String mail = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        String who = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        if (digits.length() < 4 && mail.isEmpty() && who.length() < 2) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("""
                select r.id from requests.requester q join requests.service_request r on r.id = q.request_id
                 where (:digits <> '' and right(regexp_replace(coalesce(q.phone, ''), '[^0-9]', '', 'g'), 10) = right(:digits, 10))
                    or (:mail <> '' and lower(q.email) = :mail)
                    or (:who <> '' and (lower(coalesce(q.first_name, '') || ' ' || coalesce(q.last_name, '')) like :whoLike
                                        or lower(coalesce(q.last_name, '')) like :whoLike))
                 order by r.requested_at desc, r.id desc limit :limit""")
                .param("digits", digits).param("mail", mail).param("who", who)
                .param("whoLike", who.replace("%", "").replace("_", "") + "%").param("limit", Math.max(1, limit))
                .query(Long.class).list();
        return ids.stream().map(id -> new RequesterMatch(requests.byId(id).orElseThrow(),
                requests.requester(id).orElse(Requester.ANONYMOUS))).toList();
    }

    /** A request found by its requester, with the requester's contact. */
    public record RequesterMatch(ServiceRequest request, Requester requester) {
    }

    /** The request's history; public entries only unless staff asks. */
    public List<HistoryEntry> history(String number, boolean publicOnly) {
        return requests.idOf(number).map(id -> history.of(id, publicOnly)).orElse(List.of());
    }

    public List<HistoryEntry> publicUpdates(Instant from, Instant to, int limit) {
        return history.publicBetween(from, to, limit);
    }

    public Optional<MediaFile> media(String id) {
        return media.find(id);
    }

    /** The requester's private contact: for staff of the responsible agency only (the caller checks). */
    public Optional<Requester> requester(String number) {
        return requests.idOf(number).flatMap(requests::requester);
    }
}
