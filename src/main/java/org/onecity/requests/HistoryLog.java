package org.onecity.requests;

import static org.onecity.requests.RequestRepository.ts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.onecity.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** requests.history: one row per thing that happened to a request. */
@Repository
class HistoryLog {

    private static final String SELECT = """
            select h.*, r.number from requests.history h join requests.service_request r on r.id = h.request_id
            """;

    private final JdbcClient jdbc;

    HistoryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A line to write: the note (English, for API clients, or a person's words) and the sentence pages say. */
    record Line(String kind, Actor actor, Instant at, RequestStatus from, RequestStatus to, String note,
                boolean isPublic, Map<String, Object> details, Sentence said) {

        Line(String kind, Actor actor, Instant at, RequestStatus from, RequestStatus to, HistoryNotes.Said said,
             boolean isPublic, Map<String, Object> details) {
            this(kind, actor, at, from, to, said.note(), isPublic, details, said.sentence());
        }
    }

    void append(long requestId, Line l) {
        appendAll(requestId, List.of(l));
    }

    /** Appends several lines in one statement, in list order (their ids ascend with the list). */
    void appendAll(long requestId, List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into requests.history (request_id, at, actor, actor_kind, kind,"
                + " from_status, to_status, note, public, details, text_key, text_args) values ");
        List<Object> params = new ArrayList<>(lines.size() * 12);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb)");
            params.addAll(Arrays.asList(requestId, ts(l.at()), l.actor().name(), HistoryActors.kind(l.actor()), l.kind(),
                    l.from() == null ? null : l.from().wire(), l.to() == null ? null : l.to().wire(), l.note(),
                    l.isPublic(), RequestRows.json(l.details() == null ? Map.of() : l.details()),
                    l.said() == null ? null : l.said().key(), SentenceJson.args(l.said())));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    List<HistoryEntry> of(long requestId, boolean publicOnly) {
        return jdbc.sql(SELECT + " where h.request_id = ? and (h.public or not ?) order by h.id")
                .params(requestId, publicOnly).query(this::map).list();
    }

    /** Public updates in a time window, oldest first, for the servicerequestupdates feed. */
    List<HistoryEntry> publicBetween(Instant from, Instant to, int limit) {
        return jdbc.sql(SELECT + " where h.public and h.at >= ? and h.at <= ? order by h.at, h.id limit ?")
                .params(ts(from), ts(to), limit).query(this::map).list();
    }

    private HistoryEntry map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Map<String, Object> details = RequestRows.JSON.readValue(rs.getString("details"),
                new TypeReference<Map<String, Object>>() { });
        return new HistoryEntry(rs.getLong("id"), rs.getString("number"), RequestRows.instant(rs, "at"),
                rs.getString("actor"), rs.getString("actor_kind"), rs.getString("kind"), rs.getString("from_status"),
                rs.getString("to_status"), rs.getString("note"), rs.getBoolean("public"), details,
                SentenceJson.read(rs.getString("text_key"), rs.getString("text_args")));
    }
}
