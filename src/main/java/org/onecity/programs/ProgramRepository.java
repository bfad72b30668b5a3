package org.onecity.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecity.shared.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** programs.program: texts as jsonb, figures as reported. */
@Repository
class ProgramRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ProgramRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Program> all() {
        return jdbc.sql("select * from programs.program order by code").query(ProgramRepository::map).list();
    }

    Optional<Program> find(String code) {
        return jdbc.sql("select * from programs.program where code = ?").param(code).query(ProgramRepository::map)
                .optional();
    }

    /** Inserts or replaces the program; {@code onlyIfAbsent} keeps an existing one as it is. Returns whether it wrote. */
    boolean save(Program p, Instant at, boolean onlyIfAbsent) {
        return jdbc.sql("""
                insert into programs.program (code, agency_code, name, target_population, benefit, budget_2025_mxn,
                    beneficiaries_2025, beneficiaries_note, new_in_2025, source_urls, source_date, active, updated_at)
                values (?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)
                on conflict (code) do""" + (onlyIfAbsent ? " nothing" : " " + """
                update set agency_code = excluded.agency_code, name = excluded.name,
                    target_population = excluded.target_population, benefit = excluded.benefit,
                    budget_2025_mxn = excluded.budget_2025_mxn, beneficiaries_2025 = excluded.beneficiaries_2025,
                    beneficiaries_note = excluded.beneficiaries_note, new_in_2025 = excluded.new_in_2025,
                    source_urls = excluded.source_urls, source_date = excluded.source_date, active = excluded.active,
                    updated_at = excluded.updated_at"""))
                .params(p.code(), p.agencyCode(), json(p.name()), json(p.targetPopulation()), nullable(p.benefit()),
                        p.budget2025Mxn(), p.beneficiaries2025(), nullable(p.beneficiariesNote()), p.newIn2025(),
                        p.sourceUrls().toArray(String[]::new), p.sourceDate(), p.active(), Timestamp.from(at))
                .update() == 1;
    }

    private static String json(Texts t) {
        return JSON.writeValueAsString(t.values());
    }

    private static String nullable(Texts t) {
        return t.values().isEmpty() ? null : json(t);
    }

    private static Texts texts(String json) {
        return json == null ? new Texts(null)
                : new Texts(JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { }));
    }

    private static Program map(ResultSet rs, int n) throws SQLException {
        return new Program(rs.getString("code"), rs.getString("agency_code"), texts(rs.getString("name")),
                texts(rs.getString("target_population")), texts(rs.getString("benefit")),
                rs.getObject("budget_2025_mxn", Long.class), rs.getObject("beneficiaries_2025", Long.class),
                texts(rs.getString("beneficiaries_note")), rs.getBoolean("new_in_2025"),
                List.of((String[]) rs.getArray("source_urls").getArray()), rs.getString("source_date"),
                rs.getBoolean("active"));
    }

    /** Applications per program and status, for the given programs. */
    Map<String, Map<String, Long>> counts(List<String> codes) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select program_code, status, count(*) from programs.application where program_code = any(?)
                group by program_code, status""")
                .param(codes.toArray(String[]::new))
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getLong(3));
                });
        return counts;
    }
}
