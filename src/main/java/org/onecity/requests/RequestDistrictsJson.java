package org.onecity.requests;

import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** A request's districts in the web API's JSON: each layer's field with its code, absent where none. */
@JacksonComponent
class RequestDistrictsJson extends ValueSerializer<RequestDistricts> {

    private final DistrictFields fields;

    RequestDistrictsJson(DistrictFields fields) {
        this.fields = fields;
    }

    @Override
    public void serialize(RequestDistricts value, JsonGenerator g, SerializationContext context) {
        g.writeStartObject();
        fields.of(value).forEach((field, code) -> {
            if (code != null) {
                g.writeStringProperty(field, code);
            }
        });
        g.writeEndObject();
    }
}
