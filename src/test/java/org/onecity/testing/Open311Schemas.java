package org.onecity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The official Open311 JSON Schemas (test resources), applied to our responses. */
public final class Open311Schemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    private Open311Schemas() {
    }

    public static Schema load(String name) {
        InputStream in = Open311Schemas.class.getResourceAsStream("/open311/schema/" + name);
        assertThat(in).as("schema " + name).isNotNull();
        return REGISTRY.getSchema(in);
    }

    /** Every element of a JSON array validates against the item schema; returns the parsed array. */
    public static JsonNode assertEachValid(String body, String itemSchema) {
        JsonNode array = JSON.readTree(body);
        assertThat(array.isArray()).as("a bare JSON array: " + abbreviate(body)).isTrue();
        Schema schema = load(itemSchema);
        for (JsonNode item : array) {
            List<Error> errors = schema.validate(item);
            assertThat(errors).as(itemSchema + " violations in " + abbreviate(item.toString())).isEmpty();
        }
        return array;
    }

    public static JsonNode assertValid(String body, String schemaName) {
        JsonNode node = JSON.readTree(body);
        assertThat(load(schemaName).validate(node)).as(schemaName + " violations").isEmpty();
        return node;
    }

    public static JsonNode parse(String body) {
        return JSON.readTree(body);
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
