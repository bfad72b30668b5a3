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
        where(q, where, params);
        String order = switch (q.order()) {
            case DUE_FIRST -> " order by r.expected_at asc nulls last, r.id";
            case MOST_ESCALATED_FIRST -> " order by r.escalation_level desc, r.expected_at asc nulls last, r.id";
            case NEWEST_FIRST -> " order by r.requested_at desc, r.id desc";
        };
        String text = RequestRows.SELECT + where + order + " limit :limit offset :offset";
        params.put("limit", q.pageSize());
        params.put("offset", (long) (q.page() - 1) * q.pageSize());
        return jdbc.sql(text).params(params).query(RequestRows::map).list();
    }

    /** How many requests the search matches over all its pages. */
    public long count(RequestQuery q) {
        StringBuilder where = new StringBuilder(" where true");
        var params = new java.util.LinkedHashMap<String, Object>();
        where(q, where, params);
        return jdbc.sql("select count(*) from requests.service_request r" + where).params(params)
                .query(Long.class).single();
    }

    private static void where(RequestQuery q, StringBuilder where, java.util.Map<String, Object> params) {
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
            if (!q.statuses().isEmpty()) {
                where.append(" and r.status = any(:statuses)");
                params.put("statuses", q.statuses().toArray(String[]::new));
            }
            if (q.district() != null) {
                where.append(" and (r.community_district = :district or r.borough = :district)");
                params.put("district", q.district());
            }
            if (q.escalatedOnly()) {
                where.append(" and r.escalation_level > 0");
            }
        }
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
                .filter(o -> !o.number().equals(r.number()) && !o.requestedAt().isAfter(r.requestedAt()))
                .limit(5).toList();
    }

    /** Open requests of a type near a point, before anything is filed (the portal's "is this your problem?"). */
    public List<ServiceRequest> openNear(String serviceCode, double lat, double lon) {
        return requests.openNear(serviceCode, lat, lon, settings.duplicateRadiusMeters(),
                java.time.Instant.now(clock).minus(settings.duplicateWindow()), 5);
    }

    /**
     * Requests whose requester matches a phone number or an email (exact, through the requester's
     * blind indexes: the contact itself is sealed), newest first; a name narrows those. With a name
     * alone, the most recent {@value #NAME_SCAN} requesters are opened and matched by name prefix.
     */
    public List<RequesterMatch> byRequester(String phone, String email, String name, int limit) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        String mail = email == null ? "" : email.strip();
        String who = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.LinkedHashSet<String> numbers = new java.util.LinkedHashSet<>();
        if (digits.length() >= 4) {
            String ten = digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
            for (String variant : List.of(digits, ten, "1" + ten)) {
                numbers.addAll(requests.numbersByRequester(org.onecity.vault.BlindIndex.PHONE, variant));
            }
        }
        if (!mail.isEmpty()) {
            numbers.addAll(requests.numbersByRequester(org.onecity.vault.BlindIndex.EMAIL, mail));
        }
        List<Long> ids;
        if (digits.length() >= 4 || !mail.isEmpty()) {
            ids = numbers.stream().map(requests::idOf).flatMap(Optional::stream).toList();
        } else if (who.length() >= 2) {
            ids = jdbc.sql("""
                    select r.id from requests.requester q join requests.service_request r on r.id = q.request_id
                    order by r.requested_at desc, r.id desc limit ?""").param(NAME_SCAN).query(Long.class).list();
        } else {
            return List.of();
        }
        return ids.stream()
                .map(id -> new RequesterMatch(requests.byId(id).orElseThrow(),
                        requests.requester(id).orElse(Requester.ANONYMOUS)))
                .filter(m -> who.isEmpty() || named(m.requester(), who))
                .sorted(java.util.Comparator.comparing((RequesterMatch m) -> m.request().requestedAt()).reversed())
                .limit(Math.max(1, limit)).toList();
    }

    static final int NAME_SCAN = 500;

    private static boolean named(Requester r, String who) {
        String first = r.firstName() == null ? "" : r.firstName().toLowerCase(java.util.Locale.ROOT);
        String last = r.lastName() == null ? "" : r.lastName().toLowerCase(java.util.Locale.ROOT);
        return (first + " " + last).strip().startsWith(who) || last.startsWith(who);
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

    /** Requests filed by the requester with this email, newest first (exact match on the blind index). */
    public List<String> numbersByRequesterEmail(String email) {
        return requests.numbersByRequester(org.onecity.vault.BlindIndex.EMAIL, email);
    }

    /** Requests filed by the requester with this phone number (digits compared), newest first. */
    public List<String> numbersByRequesterPhone(String phone) {
        return requests.numbersByRequester(org.onecity.vault.BlindIndex.PHONE, phone);
    }

    /** The requester's private contact: for staff of the responsible agency only (the caller checks). */
    public Optional<Requester> requester(String number) {
        return requests.requesterOf(number);
    }
}
