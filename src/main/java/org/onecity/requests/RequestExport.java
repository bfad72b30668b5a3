package org.onecity.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read model of requests for open data: streamed with a server-side cursor in constant
 * memory, and holding only what the city publishes — never the requester, history notes, media,
 * tokens or attribute answers other than the {@code descriptor} list value.
 */
@Service
public class RequestExport {

    private static final int FETCH = 5000;

    private final JdbcTemplate jdbc;

    RequestExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Requested from (inclusive) / to (exclusive), agencies and services; null or empty matches all. */
    public record Criteria(Instant requestedFrom, Instant requestedTo, List<String> agencyCodes,
                           List<String> serviceCodes) {

        public Criteria {
            agencyCodes = agencyCodes == null ? List.of() : List.copyOf(agencyCodes);
            serviceCodes = serviceCodes == null ? List.of() : List.copyOf(serviceCodes);
        }
    }

    /** One published request. */
    public record PublicRequest(String number, String serviceCode, String agencyCode, RequestStatus status,
                                ClosureOutcome outcome, Channel channel, String description, Double lat, Double lon,
                                String address, String addressId, String zipcode, RequestDistricts districts,
                                String descriptor, Instant requestedAt, Instant updatedAt,
                                Instant expectedAt, Instant closedAt, String statusNotes, String resolution) {
    }

    /** Streams every matching request, oldest first, to {@code each}; returns how many. */
    @Transactional(readOnly = true)
    public long stream(Criteria c, Consumer<PublicRequest> each) {
        StringBuilder sql = new StringBuilder("""
                select number, service_code, agency_code, status, outcome, channel, description, lat, lon, address,
                    address_id, zipcode, districts, coalesce(attributes ->> 'descriptor', attributes ->> 'source_descriptor') as descriptor,
                    requested_at, updated_at, expected_at, closed_at, status_notes, resolution
                from requests.service_request where true""");
        List<Object> args = new ArrayList<>();
        if (c.requestedFrom() != null) {
            sql.append(" and requested_at >= ?");
            args.add(Timestamp.from(c.requestedFrom()));
        }
        if (c.requestedTo() != null) {
            sql.append(" and requested_at < ?");
            args.add(Timestamp.from(c.requestedTo()));
        }
        if (!c.agencyCodes().isEmpty()) {
            sql.append(" and agency_code = any(?)");
            args.add(c.agencyCodes().toArray(String[]::new));
        }
        if (!c.serviceCodes().isEmpty()) {
            sql.append(" and service_code = any(?)");
            args.add(c.serviceCodes().toArray(String[]::new));
        }
        sql.append(" order by requested_at, id");
        long[] n = {0};
        jdbc.query(con -> {
            var ps = con.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(FETCH);
            for (int i = 0; i < args.size(); i++) {
                Object a = args.get(i);
                if (a instanceof String[] array) {
                    ps.setArray(i + 1, con.createArrayOf("text", array));
                } else {
                    ps.setObject(i + 1, a);
                }
            }
            return ps;
        }, rs -> {
            each.accept(map(rs));
            n[0]++;
        });
        return n[0];
    }

    private static PublicRequest map(ResultSet rs) throws SQLException {
        return new PublicRequest(rs.getString(1), rs.getString(2), rs.getString(3),
                RequestStatus.fromWire(rs.getString(4)).orElseThrow(), ClosureOutcome.fromWire(rs.getString(5)).orElse(null),
                Channel.fromWire(rs.getString(6)).orElseThrow(), rs.getString(7), (Double) rs.getObject(8),
                (Double) rs.getObject(9), rs.getString(10), rs.getString(11), rs.getString(12),
                RequestDistricts.parse(rs.getString(13)), rs.getString(14), RequestRows.instant(rs, "requested_at"),
                RequestRows.instant(rs, "updated_at"), RequestRows.instant(rs, "expected_at"),
                RequestRows.instant(rs, "closed_at"), rs.getString(19), rs.getString(20));
    }
}
