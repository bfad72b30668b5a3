package org.onecity.requests;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onecity.vault.BlindIndex;
import org.onecity.vault.PersonalData;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of requests.service_request and requests.requester. */
@Repository
class RequestRepository {

    private final JdbcClient jdbc;
    private final PersonalData personal;

    RequestRepository(JdbcClient jdbc, PersonalData personal) {
        this.jdbc = jdbc;
        this.personal = personal;
    }

    Optional<Long> idByIdempotencyKey(String scope, String key) {
        return jdbc.sql("select id from requests.service_request where idempotency_scope = ? and idempotency_key = ?")
                .params(scope, key).query(Long.class).optional();
    }

    /** Writes the requester with every field sealed (see RequesterSealing) and blind indexes for email and phone. */
    void insertRequester(long requestId, Requester p) {
        if (p.isAnonymous()) {
            return;
        }
        jdbc.sql("""
                insert into requests.requester (request_id, first_name, last_name, email, phone, device_id, account_id,
                    email_index, phone_index)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, seal(requestId, "first_name", p.firstName()),
                        seal(requestId, "last_name", p.lastName()), seal(requestId, "email", p.email()),
                        seal(requestId, "phone", p.phone()), seal(requestId, "device_id", p.deviceId()),
                        seal(requestId, "account_id", p.accountId()),
                        bytes(personal.blindIndex(BlindIndex.EMAIL, p.email())),
                        bytes(personal.blindIndex(BlindIndex.PHONE, p.phone())))
                .update();
    }

    Optional<Requester> requester(long requestId) {
        return jdbc.sql("select * from requests.requester where request_id = ?").param(requestId)
                .query(this::mapRequester).optional();
    }

    /** The requester of a request by its public number, in one query. */
    Optional<Requester> requesterOf(String number) {
        return jdbc.sql("select p.* from requests.requester p join requests.service_request r on r.id = p.request_id"
                + " where r.number = ?").param(number).query(this::mapRequester).optional();
    }

    private Requester mapRequester(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long requestId = rs.getLong("request_id");
        return new Requester(open(rs, requestId, "first_name"), open(rs, requestId, "last_name"),
                open(rs, requestId, "email"), open(rs, requestId, "phone"), open(rs, requestId, "device_id"),
                open(rs, requestId, "account_id"));
    }

    /** Numbers of the requests whose requester has this email (exact match through the blind index). */
    List<String> numbersByRequester(BlindIndex kind, String value) {
        List<byte[]> indexes = personal.blindIndexes(kind, value);
        if (indexes.isEmpty()) {
            return List.of();
        }
        String column = kind == BlindIndex.EMAIL ? "email_index" : "phone_index";
        return jdbc.sql("select r.number from requests.requester p join requests.service_request r on r.id = p.request_id"
                        + " where p." + column + " = any(?) order by r.requested_at desc, r.id desc limit 100")
                .param(indexes.toArray(new byte[0][])).query(String.class).list();
    }

    private SqlParameterValue seal(long requestId, String column, String value) {
        return bytes(personal.seal(RequesterSealing.TABLE.context(column, requestId), value));
    }

    private String open(java.sql.ResultSet rs, long requestId, String column) throws java.sql.SQLException {
        return personal.open(RequesterSealing.TABLE.context(column, requestId), rs.getBytes(column));
    }

    private static SqlParameterValue bytes(byte[] value) {
        return new SqlParameterValue(Types.BINARY, value);
    }

    void insertExternalMedia(long requestId, String url) {
        jdbc.sql("insert into requests.external_media (request_id, url) values (?, ?) on conflict do nothing")
                .params(requestId, url).update();
    }

    Optional<ServiceRequest> byId(long id) {
        return jdbc.sql(RequestRows.SELECT + " where r.id = ?").param(id).query(RequestRows::map).optional();
    }

    Optional<ServiceRequest> byNumber(String number) {
        return jdbc.sql(RequestRows.SELECT + " where r.number = ?").param(number).query(RequestRows::map).optional();
    }

    Optional<ServiceRequest> byToken(String token) {
        return jdbc.sql(RequestRows.SELECT + " where r.token = ?").param(token).query(RequestRows::map).optional();
    }

    /** Locks the request row for a change; empty when there is no such request. */
    Optional<Long> lock(String number) {
        return jdbc.sql("select id from requests.service_request where number = ? for update").param(number)
                .query(Long.class).optional();
    }

    Optional<Long> idOf(String number) {
        return jdbc.sql("select id from requests.service_request where number = ?").param(number)
                .query(Long.class).optional();
    }

    /** A box of about {@code meters} around a point, and the weight of longitude in squared distances there. */
    record NearBox(double dLat, double dLon, double cos2) {

        static NearBox around(double lat, double meters) {
            double cos = Math.cos(Math.toRadians(lat));
            return new NearBox(meters / 111_320.0, meters / (111_320.0 * Math.max(0.01, cos)), cos * cos);
        }
    }

    List<ServiceRequest> openNear(String serviceCode, double lat, double lon, double meters, Instant since, int limit) {
        return near(RequestRows.SELECT, serviceCode, lat, lon, meters, since, limit).query(RequestRows::map).list();
    }

    /** Open requests of a service within a box around the point, nearest first. */
    private JdbcClient.StatementSpec near(String select, String serviceCode, double lat, double lon, double meters,
                                          Instant since, int limit) {
        NearBox box = NearBox.around(lat, meters);
        return jdbc.sql(select + """
                 where r.service_code = :service and r.status <> 'closed' and r.requested_at >= :since
                   and r.lat between :lat - :dLat and :lat + :dLat and r.lon between :lon - :dLon and :lon + :dLon
                 order by ((r.lat - :lat) * (r.lat - :lat) + (r.lon - :lon) * (r.lon - :lon) * :cos2), r.requested_at
                 limit :limit""")
                .param("service", serviceCode).param("since", ts(since)).param("lat", lat).param("lon", lon)
                .param("dLat", box.dLat()).param("dLon", box.dLon()).param("cos2", box.cos2()).param("limit", limit);
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
