package org.onecity.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.onecity.shared.Actor;
import org.onecity.shared.PlainText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What residents say after closure: a satisfaction survey (1–5 and a comment) and asks to reopen
 * with a reason (tables requests.survey and requests.reopen_ask). Agencies read both; deciding an ask
 * reopens the request or declines it.
 */
@Service
public class Feedback {

    public record Survey(String requestNumber, String agencyCode, int rating, String comment, String language,
                         Instant answeredAt) {
    }

    public record ReopenAsk(long id, String requestNumber, String agencyCode, String reason, Instant askedAt,
                            Instant decidedAt, String decidedBy, String decision) {
    }

    public record Summary(int answers, double averageRating, int[] byRating) {
    }

    private final JdbcClient jdbc;
    private final RequestQueries requests;
    private final RequestWork work;
    private final Clock clock;

    Feedback(JdbcClient jdbc, RequestQueries requests, RequestWork work, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.work = work;
        this.clock = clock;
    }

    /** Records the survey; false when the request is unknown or still open. */
    @Transactional
    public boolean answerSurvey(String number, int rating, String comment, String language) {
        Optional<ServiceRequest> r = requests.find(number).filter(x -> !x.isOpen());
        if (r.isEmpty() || rating < 1 || rating > 5 || !plain(comment)) {
            return false;
        }
        jdbc.sql("""
                insert into requests.survey (request_number, agency_code, rating, comment, language, answered_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (request_number) do update set rating = excluded.rating, comment = excluded.comment,
                    language = excluded.language, answered_at = excluded.answered_at""")
                .params(number, r.get().agencyCode(), rating, PlainText.trimToNull(comment), language,
                        Timestamp.from(clock.instant())).update();
        return true;
    }

    /** Records an ask to reopen and notes it (internally) on the request; false when not closed or no reason. */
    @Transactional
    public boolean askToReopen(String number, String reason) {
        Optional<ServiceRequest> r = requests.find(number).filter(x -> !x.isOpen());
        String why = PlainText.trimToNull(reason);
        if (r.isEmpty() || why == null || why.length() > 2000 || !plain(why)) {
            return false;
        }
        jdbc.sql("insert into requests.reopen_ask (request_number, agency_code, reason, asked_at) values (?, ?, ?, ?)")
                .params(number, r.get().agencyCode(), why, Timestamp.from(clock.instant())).update();
        work.addNote(number, HistoryNotes.askedToReopen(why), false, Actor.resident());
        return true;
    }

    /** Decides an open ask: reopens the request (with the resident's reason) or declines. */
    @Transactional
    public void decide(long askId, boolean reopen, String staff) {
        ReopenAsk ask = jdbc.sql("select * from requests.reopen_ask where id = ? and decided_at is null for update")
                .param(askId).query(Feedback::ask).optional()
                .orElseThrow(() -> new IllegalArgumentException("no open ask " + askId));
        if (reopen) {
            work.reopen(ask.requestNumber(), HistoryNotes.reopenedAsked(ask.reason()), Actor.staff(staff));
        }
        jdbc.sql("update requests.reopen_ask set decided_at = ?, decided_by = ?, decision = ? where id = ?")
                .params(Timestamp.from(clock.instant()), staff, reopen ? "reopened" : "declined", askId).update();
    }

    @Transactional(readOnly = true)
    public Optional<Survey> survey(String number) {
        return jdbc.sql("select * from requests.survey where request_number = ?").param(number)
                .query(Feedback::survey).optional();
    }

    @Transactional(readOnly = true)
    public List<Survey> surveys(String agencyCode, int limit) {
        return jdbc.sql("select * from requests.survey where agency_code = ? order by answered_at desc limit ?")
                .params(agencyCode, limit).query(Feedback::survey).list();
    }

    @Transactional(readOnly = true)
    public Summary summary(String agencyCode) {
        int[] by = new int[5];
        jdbc.sql("select rating, count(*) as n from requests.survey where agency_code = ? group by rating")
                .param(agencyCode).query((rs, n) -> by[rs.getInt("rating") - 1] = rs.getInt("n")).list();
        int total = java.util.Arrays.stream(by).sum();
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (i + 1) * by[i];
        }
        return new Summary(total, total == 0 ? 0 : Math.round(sum / total * 10) / 10.0, by);
    }

    @Transactional(readOnly = true)
    public List<ReopenAsk> reopenAsks(String number) {
        return jdbc.sql("select * from requests.reopen_ask where request_number = ? order by asked_at desc")
                .param(number).query(Feedback::ask).list();
    }

    @Transactional(readOnly = true)
    public List<ReopenAsk> openReopenAsks(String agencyCode, int limit) {
        return jdbc.sql("""
                select * from requests.reopen_ask where agency_code = ? and decided_at is null
                order by asked_at limit ?""").params(agencyCode, limit).query(Feedback::ask).list();
    }

    private static boolean plain(String s) {
        return s == null || s.length() <= 2000 && !PlainText.containsMarkup(s) && !PlainText.containsControlCharacters(s);
    }

    private static Survey survey(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Survey(rs.getString("request_number"), rs.getString("agency_code"), rs.getInt("rating"),
                rs.getString("comment"), rs.getString("language"), rs.getTimestamp("answered_at").toInstant());
    }

    private static ReopenAsk ask(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ReopenAsk(rs.getLong("id"), rs.getString("request_number"), rs.getString("agency_code"),
                rs.getString("reason"), rs.getTimestamp("asked_at").toInstant(),
                decided == null ? null : decided.toInstant(), rs.getString("decided_by"), rs.getString("decision"));
    }
}
