package org.onecity.imports.generator;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real agency × complaint type frequencies ({@code imports/generator/nyc311_complaint_type_agency_taxonomy.csv},
 * column n_rows) with their descriptors, for weighted draws.
 */
public final class Taxonomy {

    /** One agency × complaint type with its weight and descriptors. */
    public record Kind(String agency, String agencyName, String complaintType, long weight, List<String> descriptors) {
    }

    private final List<Kind> kinds = new ArrayList<>();
    private final double[] cumulative;

    public Taxonomy() {
        try (Reader in = new InputStreamReader(Taxonomy.class.getResourceAsStream(
                "/imports/generator/nyc311_complaint_type_agency_taxonomy.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
                List<String> descriptors = Arrays.stream(r.get("descriptors").split("\\|")).map(String::strip)
                        .filter(d -> !d.isEmpty() && !d.equals("N/A")).toList();
                kinds.add(new Kind(r.get("agency"), r.get("agency_name_example"), r.get("complaint_type"),
                        Long.parseLong(r.get("n_rows")), descriptors));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cumulative = new double[kinds.size()];
        double total = kinds.stream().mapToLong(Kind::weight).sum();
        double sum = 0;
        for (int i = 0; i < kinds.size(); i++) {
            sum += kinds.get(i).weight() / total;
            cumulative[i] = sum;
        }
    }

    public List<Kind> kinds() {
        return List.copyOf(kinds);
    }

    public Kind draw(SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        int index = i >= 0 ? i : Math.min(-i - 1, kinds.size() - 1);
        return kinds.get(index);
    }
}
