package org.onecity.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** programs.application and its history. */
@Repository
class ApplicationRepository {

    private static final String COLUMNS = "id, number, program_code, person_key, status, channel, submitted_at,"
            + " submitted_by, decided_at, decided_by";

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an open application unless the person has one open for the program; empty then. */
    Optional<Application> insertOpen(String program, UUID person, Channel channel, String by, Instant at, int year) {
        return jdbc.sql("""
                insert into programs.application (number, program_code, person_key, status, channel, submitted_at,
                    submitted_by)
                values ('AP-' || ? || '-' || lpad(nextval('programs.application_number')::text, 6, '0'),
                    ?, ?, 'submitted', ?, ?, ?)
                on conflict (program_code, person_key) where status = 'submitted' do nothing
                returning""" + " " + COLUMNS)
                .params(String.valueOf(year), program, person, channel.wire(), ts(at), by)
                .query(ApplicationRepository::map).optional();
    }

    Optional<Application> open(String program, UUID person) {
        return jdbc.sql("select " + COLUMNS + " from programs.application where program_code = ? and person_key = ?"
                + " and status = 'submitted'").params(program, person).query(ApplicationRepository::map).optional();
    }

    Optional<Application> find(String number) {
        return jdbc.sql("select " + COLUMNS + " from programs.application where number = ?").param(number)
                .query(ApplicationRepository::map).optional();
    }

    Optional<Application> lock(String number) {
        return jdbc.sql("select " + COLUMNS + " from programs.application where number = ? for update").param(number)
                .query(ApplicationRepository::map).optional();
    }

    List<Application> ofPerson(UUID person) {
        return jdbc.sql("select " + COLUMNS + " from programs.application where person_key = ?"
                + " order by submitted_at desc, id desc").param(person).query(ApplicationRepository::map).list();
    }

    /** One page of a program's applications: open ones first, oldest first. */
    List<Application> queue(String program, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from programs.application where program_code = ?"
                        + " order by (status <> 'submitted'), submitted_at, id limit ? offset ?")
                .params(program, size, (long) (page - 1) * size).query(ApplicationRepository::map).list();
    }

    long count(String program) {
        return jdbc.sql("select count(*) from programs.application where program_code = ?").param(program)
                .query(Long.class).single();
    }

    /** Closes an open application; false when it is no longer open. */
    boolean close(long id, ApplicationStatus to, String by, Instant at, byte[] reason) {
        return jdbc.sql("""
                update programs.application set status = ?, decided_at = ?, decided_by = ?, decision_reason = ?
                where id = ? and status = 'submitted'""")
                .params(to.wire(), ts(at), by, reason, id).update() == 1;
    }

    byte[] reason(long id) {
        return jdbc.sql("select decision_reason from programs.application where id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional().orElse(null);
    }

    void movePerson(long id, UUID to) {
        jdbc.sql("update programs.application set person_key = ? where id = ?").params(to, id).update();
    }

    void history(long id, Instant at, String actor, String action, ApplicationStatus status, String note) {
        jdbc.sql("""
                insert into programs.application_history (application_id, at, actor, action, status, note)
                values (?, ?, ?, ?, ?, ?)""").params(id, ts(at), actor, action, status.wire(), note).update();
    }

    List<HistoryLine> history(long id) {
        return jdbc.sql("select at, actor, action, status, note from programs.application_history"
                        + " where application_id = ? order by id")
                .param(id)
                .query((rs, n) -> new HistoryLine(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        ApplicationStatus.fromWire(rs.getString(4)).orElseThrow(), rs.getString(5)))
                .list();
    }

    private static Application map(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Application(rs.getLong("id"), rs.getString("number"), rs.getString("program_code"),
                rs.getObject("person_key", UUID.class),
                ApplicationStatus.fromWire(rs.getString("status")).orElseThrow(),
                Channel.valueOf(rs.getString("channel").toUpperCase()), rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("submitted_by"), decided == null ? null : decided.toInstant(), rs.getString("decided_by"));
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
