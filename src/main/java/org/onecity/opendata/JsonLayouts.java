package org.onecity.opendata;

import java.time.Instant;
import tools.jackson.core.JsonGenerator;

/** Open311-style request objects, as array elements (JSON) or as the properties of GeoJSON point features. */
final class JsonLayouts {

    private JsonLayouts() {
    }

    static void write(JsonGenerator g, Published p, boolean geo) {
        g.writeStartObject();
        if (geo) {
            g.writeStringProperty("type", "Feature");
            g.writeName("geometry");
            g.writeStartObject();
            g.writeStringProperty("type", "Point");
            g.writeName("coordinates");
            g.writeStartArray();
            g.writeNumber(p.lon());
            g.writeNumber(p.lat());
            g.writeEndArray();
            g.writeEndObject();
            g.writeName("properties");
            g.writeStartObject();
        }
        g.writeStringProperty("service_request_id", p.number());
        g.writeStringProperty("status", p.status().equals("closed") ? "closed" : "open");
        g.writeStringProperty("detailed_status", p.status());
        text(g, "outcome", p.outcome());
        text(g, "status_notes", p.statusNotes());
        g.writeStringProperty("service_name", p.serviceName());
        g.writeStringProperty("service_code", p.serviceCode());
        text(g, "descriptor", p.descriptor());
        text(g, "description", p.description());
        g.writeStringProperty("agency_code", p.agencyCode());
        g.writeStringProperty("agency_responsible", p.agencyName());
        g.writeStringProperty("channel", p.channel());
        time(g, "requested_datetime", p.requestedAt());
        time(g, "updated_datetime", p.updatedAt());
        time(g, "expected_datetime", p.expectedAt());
        time(g, "closed_datetime", p.closedAt());
        text(g, "address", p.address());
        text(g, "address_id", p.addressId());
        text(g, "zipcode", p.zipcode());
        p.districts().forEach((property, value) -> text(g, property, value));
        text(g, "resolution", p.resolution());
        if (!geo && p.lat() != null) {
            g.writeNumberProperty("lat", p.lat());
            g.writeNumberProperty("long", p.lon());
        }
        if (geo) {
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static void time(JsonGenerator g, String name, Instant value) {
        if (value != null) {
            g.writeStringProperty(name, value.toString());
        }
    }
}
