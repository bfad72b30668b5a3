package org.onecity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every real NYC extract imports with a shipped mapping; nothing is silently dropped; a second import changes nothing. */
class NycImportIT extends IntegrationTest {

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRealFileImportsWithAShippedMappingAndAnHonestReport() {
        String source = "nyc-it-" + System.nanoTime();
        for (var e : NycFiles.MAPPING.entrySet()) {
            var request = new ImportRequest(e.getValue(), NycFiles.path(e.getKey()), null, source);
            ImportSummary s = imports.run(request, ImportProgress.NONE);
            System.out.printf("%s: %s%n", e.getKey(), s);
            assertThat(s.status()).isEqualTo("done");
            assertThat(s.rowsRead()).isEqualTo(NycFiles.RECORDS.get(e.getKey()).longValue());
            assertThat(s.imported() + s.updated() + s.unchanged() + s.rejected()).isEqualTo(s.rowsRead());
            List<ImportIssue> issues = new ArrayList<>();
            imports.issues(s.id(), issues::add);
            issues.stream().collect(java.util.stream.Collectors.groupingBy(
                    i -> i.outcome() + ": " + i.reasons().replaceAll("'[^']*'", "'…'").replaceAll("\\(.*?\\)", "(…)"),
                    java.util.stream.Collectors.counting()))
                    .forEach((k, v) -> System.out.println("  " + v + " × " + k));
            assertThat(s.imported()).as("most rows of %s import", e.getKey()).isGreaterThan(s.rowsRead() * 9 / 10);
            assertThat(issues.stream().filter(i -> i.outcome().equals("rejected")).count()).isEqualTo(s.rejected());
            assertThat(issues.stream().filter(i -> i.outcome().equals("repaired")).count()).isEqualTo(s.repaired());
            assertThat(jdbc.sql("select count(*) from requests.service_request where source = ?").param(source)
                    .query(Long.class).single()).isGreaterThanOrEqualTo(s.imported());
            ImportSummary again = imports.run(request, ImportProgress.NONE);
            assertThat(again.id()).isNotEqualTo(s.id());
            assertThat(again.unchanged()).as("second import of %s", e.getKey()).isEqualTo(s.imported() + s.updated() + s.unchanged());
            assertThat(again.imported() + again.updated()).isZero();
        }
    }
}
