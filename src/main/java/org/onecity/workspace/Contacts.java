package org.onecity.workspace;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.onecity.shared.PlainText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The call center's contact log: who called, in which language, about what, and the request if one was filed. */
@Service
public class Contacts {

    public record Contact(long id, String agent, String callerName, String callerPhone, String callerEmail,
                          String language, String topic, String notes, String requestNumber, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Contacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long log(String agent, String name, String phone, String email, String language, String topic,
                    String notes, String requestNumber) {
        String t = PlainText.trimToNull(topic);
        if (t == null || t.length() > 200 || PlainText.containsMarkup(t)
                || (notes != null && (notes.length() > 4000 || PlainText.containsMarkup(notes)))) {
            throw new IllegalArgumentException("topic is required; plain text only");
        }
        return jdbc.sql("""
                insert into workspace.contact (agent, caller_name, caller_phone, caller_email, language, topic, notes,
                    request_number, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(agent, PlainText.trimToNull(name), PlainText.trimToNull(phone), PlainText.trimToNull(email),
                        language, t, PlainText.trimToNull(notes), requestNumber, Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    /** A caller's contacts, by phone (last ten digits) or email, newest first. */
    @Transactional(readOnly = true)
    public List<Contact> ofCaller(String phone, String email, int limit) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        String mail = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (digits.length() < 4 && mail.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from workspace.contact
                where (:digits <> '' and right(regexp_replace(coalesce(caller_phone, ''), '[^0-9]', '', 'g'), 10) = right(:digits, 10))
                   or (:mail <> '' and lower(caller_email) = :mail)
                order by at desc limit :limit""")
                .param("digits", digits).param("mail", mail).param("limit", limit)
                .query((rs, n) -> new Contact(rs.getLong("id"), rs.getString("agent"), rs.getString("caller_name"),
                        rs.getString("caller_phone"), rs.getString("caller_email"), rs.getString("language"),
                        rs.getString("topic"), rs.getString("notes"), rs.getString("request_number"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }
}
