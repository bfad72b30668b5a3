package org.onecity.sharing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.Audit;
import org.onecity.vault.PersonKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent statements, given or withdrawn, per person (see {@link PersonKeys}) or per request,
 * purpose and consumer, through the portal, an agent or an agency system. The newest statement wins
 * and counts from the next release decision on: a withdrawal takes effect at once.
 */
@Service
public class Consents {

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;
    private final PersonKeys personKeys;

    Consents(JdbcClient jdbc, Audit audit, Clock clock, PersonKeys personKeys) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.personKeys = personKeys;
    }

    /** Where a person stands on a purpose: consent given, withdrawn, or never stated. */
    public enum State { GIVEN, WITHDRAWN, NONE }

    /**
     * One statement.
     *
     * @param subject   a person key or a request number
     * @param consumer  the agency or system code it is about; null for every consumer of the purpose
     * @param by        who recorded it: {@code resident}, the agent's username or the system's code
     * @param actorKind resident, staff or system
     * @param channel   portal, agent or agency
     * @param caseRef   the request it was made about (the audit's subject), or null
     */
    public record Statement(String subject, String purpose, String program, String consumer, boolean given, String by,
                            String actorKind, String channel, String dataset, String caseRef) {
    }

    @Transactional
    public void record(Statement s) {
        Timestamp now = Timestamp.from(clock.instant());
        // the index key a person key is under (PersonKeys puts the one new values are written with first)
        Integer subjectKey = personKeys.indexKeyOf(s.subject());
        if (s.given()) {
            jdbc.sql("""
                    insert into sharing.consent (subject, purpose, program, consumer, given_at, recorded_by, channel,
                        subject_key) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.subject(), s.purpose(), s.program(), s.consumer(), now, s.by(), s.channel(), subjectKey)
                    .update();
        } else {
            // A withdrawal naming a program ends the grants for that program; one naming none ends them all.
            int open = jdbc.sql("""
                    update sharing.consent set withdrawn_at = ? where subject = ? and purpose = ?
                      and consumer is not distinct from ? and withdrawn_at is null
                      and (?::text is null or program = ?::text)""")
                    .params(now, s.subject(), s.purpose(), s.consumer(), s.program(), s.program()).update();
            if (open == 0) {
                // Nothing of this subject to withdraw (consent may have been given per request): the
                // withdrawal is still a statement, newer than any grant, so it wins.
                jdbc.sql("""
                        insert into sharing.consent (subject, purpose, program, consumer, given_at, withdrawn_at,
                            recorded_by, channel, subject_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(s.subject(), s.purpose(), s.program(), s.consumer(), now, now, s.by(), s.channel(),
                                subjectKey)
                        .update();
            }
        }
        String about = (s.consumer() == null ? "every consumer" : "consumer " + s.consumer())
                + (s.program() == null ? "" : ", program " + s.program());
        audit.record(new AccessRecord(s.by(), s.actorKind(), "system".equals(s.actorKind()) ? s.by() : null, null,
                s.purpose(), s.caseRef() == null ? s.subject() : s.caseRef(), s.given() ? "consent_given"
                : "consent_withdrawn", s.dataset(), s.caseRef() == null ? s.subject() : s.caseRef(), List.of(),
                "granted", about));
    }

    /**
     * The person's consent for the purpose as a caller known by {@code consumers} (its agency and
     * system codes) sees it: the newest statement about any of the subjects that names no consumer
     * or one of these.
     */
    public State state(Collection<String> subjects, String purpose, Collection<String> consumers, Instant now) {
        return state(subjects, purpose, null, consumers, now);
    }

    /**
     * As above, for an ask about a program ({@code null}: about none): a statement naming a program
     * counts only for asks about that program; one naming none counts for every ask.
     */
    public State state(Collection<String> subjects, String purpose, String program, Collection<String> consumers,
                       Instant now) {
        if (subjects.isEmpty()) {
            return State.NONE;
        }
        Timestamp at = Timestamp.from(now);
        return jdbc.sql("""
                select withdrawn_at is not null and withdrawn_at <= ? from sharing.consent
                where subject = any(?) and purpose = ? and given_at <= ?
                  and (consumer is null or consumer = any(?)) and (program is null or program = ?::text)
                order by coalesce(withdrawn_at, given_at) desc, id desc limit 1""")
                .params(at, subjects.toArray(String[]::new), purpose, at, consumers.toArray(String[]::new), program)
                .query(Boolean.class).optional()
                .map(withdrawn -> withdrawn ? State.WITHDRAWN : State.GIVEN).orElse(State.NONE);
    }
}
