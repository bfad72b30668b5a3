package org.onecity.workspace;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.onecity.shared.PlainText;
import org.onecity.vault.BlindIndex;
import org.onecity.vault.PersonalData;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The call center's contact log: who called, in which language, about what, and the request if one was filed. */
@Service
public class Contacts {

    public record Contact(long id, String agent, String callerName, String callerPhone, String callerEmail,
                          String language, String topic, String notes, String requestNumber, Instant at) {
    }

    static final org.onecity.vault.SealedTable TABLE = new org.onecity.vault.SealedTable("workspace.contact", "id",
            List.of(org.onecity.vault.SealedTable.Column.sealed("caller_name"),
                    org.onecity.vault.SealedTable.Column.indexed("caller_phone", BlindIndex.PHONE, "phone_index"),
                    org.onecity.vault.SealedTable.Column.indexed("caller_email", BlindIndex.EMAIL, "email_index")));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonalData personal;

    Contacts(JdbcClient jdbc, Clock clock, PersonalData personal) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.personal = personal;
    }

    @Transactional
    public long log(String agent, String name, String phone, String email, String language, String topic,
                    String notes, String requestNumber) {
        String t = PlainText.trimToNull(topic);
        if (t == null || t.length() > 200 || PlainText.containsMarkup(t)
                || (notes != null && (notes.length() > 4000 || PlainText.containsMarkup(notes)))) {
            throw new IllegalArgumentException("topic is required; plain text only");
        }
        long id = jdbc.sql("select nextval('workspace.contact_id_seq')").query(Long.class).single();
        String p = PlainText.trimToNull(phone);
        String e = PlainText.trimToNull(email);
        jdbc.sql("""
                insert into workspace.contact (id, agent, caller_name, caller_phone, caller_email, phone_index, email_index,
                    language, topic, notes, request_number, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, agent, seal("caller_name", id, PlainText.trimToNull(name)), seal("caller_phone", id, p),
                        seal("caller_email", id, e), bytes(personal.blindIndex(BlindIndex.PHONE, p)),
                        bytes(personal.blindIndex(BlindIndex.EMAIL, e)), language, t, PlainText.trimToNull(notes),
                        requestNumber, Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    /** A caller's contacts, by phone (digits; with or without the country code 1) or email, newest first. */
    @Transactional(readOnly = true)
    public List<Contact> ofCaller(String phone, String email, int limit) {
        String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
        List<byte[]> indexes = new java.util.ArrayList<>();
        if (digits.length() >= 4) {
            String ten = digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
            for (String v : List.of(digits, ten, "1" + ten)) {
                indexes.addAll(personal.blindIndexes(BlindIndex.PHONE, v));
            }
        }
        List<byte[]> mails = personal.blindIndexes(BlindIndex.EMAIL, email);
        if (indexes.isEmpty() && mails.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from workspace.contact where phone_index = any(:phones) or email_index = any(:mails)
                order by at desc limit :limit""")
                .param("phones", indexes.toArray(new byte[0][]))
                .param("mails", mails.toArray(new byte[0][])).param("limit", limit)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Contact(id, rs.getString("agent"), open(rs, id, "caller_name"),
                            open(rs, id, "caller_phone"), open(rs, id, "caller_email"), rs.getString("language"),
                            rs.getString("topic"), rs.getString("notes"), rs.getString("request_number"),
                            rs.getTimestamp("at").toInstant());
                })
                .list();
    }

    private SqlParameterValue seal(String column, long id, String value) {
        return bytes(personal.seal(TABLE.context(column, id), value));
    }

    private String open(java.sql.ResultSet rs, long id, String column) throws java.sql.SQLException {
        return personal.open(TABLE.context(column, id), rs.getBytes(column));
    }

    private static SqlParameterValue bytes(byte[] value) {
        return new SqlParameterValue(Types.BINARY, value);
    }
}
