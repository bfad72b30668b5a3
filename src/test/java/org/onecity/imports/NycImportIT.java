package org.onecity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.testing.IntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every real NYC extract imports with a shipped mapping; nothing is silently dropped; a second import changes nothing. */
class NycImportIT extends IntegrationBase {

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    /** The 2024 API extract as Socrata's JSON array (the CSV's rows as objects, empty values left out). */
    @Test
    void theSocrataJsonFormatImportsWithItsShippedMapping(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var rows = new ArrayList<java.util.Map<String, String>>();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get()
                .parse(java.nio.file.Files.newBufferedReader(NycFiles.path("nyc311_2024_api.csv")))) {
            for (var r : parser) {
                var object = new java.util.LinkedHashMap<String, String>();
                r.toMap().forEach((k, v) -> {
                    if (!v.isEmpty()) {
                        object.put(k, v);
                    }
                });
                rows.add(object);
            }
        }
        var file = dir.resolve("erm2-nwe9.json");
        java.nio.file.Files.writeString(file, json.writeValueAsString(rows));
        String source = "json" + System.nanoTime();
        ImportSummary fromJson = imports.run(new ImportRequest("nyc311-api-json", file, null, source), ImportProgress.NONE);
        ImportSummary fromCsv = imports.run(new ImportRequest("nyc311-api", NycFiles.path("nyc311_2024_api.csv"), null,
                source + "csv"), ImportProgress.NONE);
        assertThat(fromJson.rowsRead()).isEqualTo(1000);
        assertThat(List.of(fromJson.imported(), fromJson.rejected(), fromJson.repaired()))
                .isEqualTo(List.of(fromCsv.imported(), fromCsv.rejected(), fromCsv.repaired()));
    }

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
