package org.onecity.imports;

import java.nio.file.Path;
import java.util.Map;

/** The real NYC extracts in the test resources and the shipped mapping each one uses. */
final class NycFiles {

    static final Map<String, String> MAPPING = Map.of(
            "nyc311_2011_export.csv", "nyc311-export",
            "nyc311_2015_noise_excel.csv", "nyc311-spreadsheet",
            "nyc311_2022_export.csv", "nyc311-export",
            "nyc311_2023_api.csv", "nyc311-api",
            "nyc311_2024_api.csv", "nyc311-api");

    static final Map<String, Integer> RECORDS = Map.of(
            "nyc311_2011_export.csv", 2000, "nyc311_2015_noise_excel.csv", 1617, "nyc311_2022_export.csv", 924,
            "nyc311_2023_api.csv", 1000, "nyc311_2024_api.csv", 1000);

    private NycFiles() {
    }

    static Path path(String name) {
        return Path.of("src/test/resources/nyc311", name);
    }
}
