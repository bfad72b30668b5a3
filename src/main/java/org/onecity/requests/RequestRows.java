package org.onecity.requests;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Maps rows of requests.service_request (with the joined numbers and media) to ServiceRequest. */
final class RequestRows {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The select every read uses; callers append where/order/limit. */
    static final String SELECT = """
            select r.*, p.number as parent_number, lp.number as likely_parent_number,
                   (select array_agg(m.id order by m.uploaded_at, m.id) from requests.media m where m.request_id = r.id) as media_ids,
                   (select array_agg(e.url order by e.url) from requests.external_media e where e.request_id = r.id) as media_urls,
                   (select array_agg(c.number order by c.id) from requests.service_request c where c.parent_id = r.id) as children
            from requests.service_request r
            left join requests.service_request p on p.id = r.parent_id
            left join requests.service_request lp on lp.id = r.likely_parent_id
            """;

    private RequestRows() {
    }

    static ServiceRequest map(ResultSet rs, int n) throws SQLException {
        return new ServiceRequest(
                rs.getString("number"), rs.getString("service_code"), rs.getString("agency_code"),
                RequestStatus.fromWire(rs.getString("status")).orElseThrow(),
                ClosureOutcome.fromWire(rs.getString("outcome")).orElse(null),
                Channel.fromWire(rs.getString("channel")).orElseThrow(), rs.getString("description"),
                (Double) rs.getObject("lat"), (Double) rs.getObject("lon"), rs.getString("address"),
                rs.getString("address_id"), rs.getString("zipcode"),
                RequestDistricts.parse(rs.getString("districts")),
                attributes(rs.getString("attributes")), instant(rs, "requested_at"), instant(rs, "updated_at"),
                instant(rs, "expected_at"), instant(rs, "closed_at"), rs.getString("status_notes"),
                rs.getString("service_notice"), rs.getString("resolution"), rs.getString("language"),
                rs.getString("parent_number"), rs.getString("likely_parent_number"), rs.getString("assigned_to"),
                rs.getInt("escalation_level"), rs.getString("token"), strings(rs.getArray("media_ids")),
                strings(rs.getArray("media_urls")), strings(rs.getArray("children")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Map<String, Object> attributes(String json) {
        return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
