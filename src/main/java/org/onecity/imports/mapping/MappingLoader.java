package org.onecity.imports.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads mappings: a shipped one by name (classpath {@code imports/mappings/<name>.yaml}) or any YAML file. */
public final class MappingLoader {

    /** The mappings OneCity ships. */
    public static final List<String> SHIPPED = List.of("nyc311-export", "nyc311-api", "nyc311-api-json", "nyc311-spreadsheet");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private MappingLoader() {
    }

    /** A shipped mapping's name, or a path to a YAML file. */
    public static Mapping load(String nameOrFile) {
        try {
            Path file = Path.of(nameOrFile);
            if (nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml") || Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return check(YAML.readValue(in, Mapping.class), nameOrFile);
                }
            }
            try (InputStream in = MappingLoader.class.getResourceAsStream("/imports/mappings/" + nameOrFile + ".yaml")) {
                if (in == null) {
                    throw new IllegalArgumentException("No mapping " + nameOrFile + ": shipped mappings are " + SHIPPED
                            + ", or give a YAML file");
                }
                return check(YAML.readValue(in, Mapping.class), nameOrFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Mapping check(Mapping m, String from) {
        List<String> missing = java.util.stream.Stream.of("key", "requested_at", "agency")
                .filter(f -> m.field(f) == null).toList();
        if (m.source() == null || m.source().isBlank() || !missing.isEmpty() || m.service() == null) {
            throw new IllegalArgumentException("Mapping " + from + " needs source, service and the fields key, "
                    + "requested_at and agency" + (missing.isEmpty() ? "" : "; missing " + missing));
        }
        return m;
    }
}
