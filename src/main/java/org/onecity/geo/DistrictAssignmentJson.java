package org.onecity.geo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * A located answer as the web API has always written it: the district of each built-in layer under the
 * layer's field ({@code borough}, {@code communityDistrict}, {@code zipArea}, {@code alcaldia}, from
 * {@code geo/layers.json}), absent where none; the districts of layers a city added in {@code others}.
 */
@JacksonComponent
class DistrictAssignmentJson extends ValueSerializer<DistrictAssignment> {

    private final Districts districts;

    DistrictAssignmentJson(Districts districts) {
        this.districts = districts;
    }

    @Override
    public void serialize(DistrictAssignment value, JsonGenerator g, SerializationContext context) {
        g.writeStartObject();
        List<DistrictRef> others = new ArrayList<>(0);
        for (DistrictRef d : value.all()) {
            String field = districts.answerField(d.layer());
            if (field == null) {
                others.add(d);
            } else {
                g.writePOJOProperty(field, d);
            }
        }
        if (!others.isEmpty()) {
            g.writePOJOProperty("others", others);
        }
        g.writeEndObject();
    }
}
