package org.onecity.imports.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A declarative source mapping, read from YAML: how a foreign file becomes OneCity requests. See
 * {@code src/main/resources/imports/mappings/README.md} for every key.
 *
 * @param name        the mapping's name ({@code --mapping nyc311-export})
 * @param description what files it reads
 * @param format      {@code csv} or {@code json} (JSON lines or one array of objects)
 * @param source      the source name kept on every request with its key; (source, key) makes imports idempotent
 * @param number      the public request number, a template over {@code {key}} and {@code {SOURCE}}
 * @param timeZone    the zone of the source's local date-times
 * @param fields      field name → where its value comes from (see {@link FieldRule})
 * @param service     how the service type is found
 * @param attributes  attribute code → field rule; list attributes match the catalog's value list
 * @param outcome     how a closed request's outcome is read from the resolution text
 */
public record Mapping(String name, String description, String format, String source, String number, String timeZone,
                      Map<String, FieldRule> fields, ServiceRule service, Map<String, FieldRule> attributes,
                      OutcomeRule outcome) {

    public Mapping {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        format = format == null ? "csv" : format;
        number = number == null ? "{SOURCE}-{key}" : number;
        timeZone = timeZone == null ? "UTC" : timeZone;
        outcome = outcome == null ? new OutcomeRule(null, List.of()) : outcome;
    }

    public FieldRule field(String name) {
        return fields.get(name);
    }

    /**
     * The same mapping writing under another source name: a fresh namespace of source keys, and
     * numbers {@code <SOURCE>-<key>} so they cannot collide with the mapping's own.
     */
    public Mapping withSource(String newSource) {
        return new Mapping(name, description, format, newSource, "{SOURCE}-{key}", timeZone, fields, service, attributes,
                outcome);
    }

    /**
     * Where one value comes from.
     *
     * @param columns     source columns, first non-empty wins (names are matched ignoring case, spaces and punctuation)
     * @param templates   used when every column is empty: {@code "{Intersection Street 1} & {Intersection Street 2}"};
     *                    a template whose columns are all empty gives nothing
     * @param dateFormats {@link java.time.format.DateTimeFormatter} patterns for date fields, tried in order
     * @param values      value map applied after trimming and case rule (keys match ignoring case)
     * @param defaultValue used when the value is empty (or unmapped, for status and channel)
     * @param letterCase  {@code upper}, {@code lower} or absent
     * @param empty       values that mean "no value" ("N/A", "Unspecified" …)
     * @param normalize   {@code zip5} (first five digits of a US ZIP), {@code spaces} (collapse runs of spaces)
     */
    public record FieldRule(List<String> columns, List<String> templates, List<String> dateFormats,
                            Map<String, String> values, @JsonProperty("default") String defaultValue, String letterCase, List<String> empty,
                            String normalize) {

        public FieldRule {
            columns = columns == null ? List.of() : List.copyOf(columns);
            templates = templates == null ? List.of() : List.copyOf(templates);
            dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
            values = values == null ? Map.of() : Map.copyOf(values);
            empty = empty == null ? List.of() : List.copyOf(empty);
        }
    }

    /**
     * How the service type is found from the agency and the {@code service_type} field: the
     * {@code values} map first (keys {@code "AGENCY|type"} or {@code "type"}), then the agency's
     * catalog service whose English name equals the type (ignoring case), then the service whose code
     * is the slug of {@code agency-type}; else {@code unmapped}: {@code reject} or a catch-all service code.
     */
    public record ServiceRule(Map<String, String> values, String unmapped) {

        public ServiceRule {
            values = values == null ? Map.of() : Map.copyOf(values);
            unmapped = unmapped == null ? "reject" : unmapped;
        }
    }

    /** Closed requests are {@code defaultOutcome} unless a rule's regular expression finds its pattern in the resolution. */
    public record OutcomeRule(String defaultOutcome, List<Match> rules) {

        public OutcomeRule {
            defaultOutcome = defaultOutcome == null ? "resolved" : defaultOutcome;
            rules = rules == null ? List.of() : List.copyOf(rules);
        }

        public record Match(String pattern, String outcome) {
        }
    }
}
