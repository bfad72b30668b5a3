package org.onecity.requests;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onecity.geo.DistrictAssignment;
import org.onecity.geo.DistrictRef;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The districts a request's location falls in: layer id → district code, in the order of the layers, for
 * whichever layers the city configures ({@code onecity.geo.*}); a layer without a district is absent. Stored
 * as one jsonb object, {@code requests.service_request.districts}; in JSON see {@link RequestDistrictsJson}.
 * A value: equal when the codes are. Its column text is made once (bulk loads share one instance among the
 * rows of the same districts).
 */
public final class RequestDistricts {

    public static final RequestDistricts NONE = new RequestDistricts(Map.of());

    private final Map<String, String> codes;
    private String json;

    public RequestDistricts(Map<String, String> codes) {
        Map<String, String> copy = new LinkedHashMap<>(codes == null ? 2 : codes.size() * 2);
        if (codes != null) {
            codes.forEach((layer, code) -> {
                if (layer != null && code != null) {
                    copy.put(layer, code);
                }
            });
        }
        this.codes = Collections.unmodifiableMap(copy);
    }

    /** Layer id → code, in the order of the layers. */
    public Map<String, String> codes() {
        return codes;
    }

    public static RequestDistricts of(DistrictAssignment located) {
        if (located.isEmpty()) {
            return NONE;
        }
        Map<String, String> codes = new LinkedHashMap<>(located.all().size() * 2);
        for (DistrictRef d : located.all()) {
            codes.put(d.layer(), d.code());
        }
        return new RequestDistricts(codes);
    }

    /** The code of the request's district in the layer, or null. */
    public String code(String layer) {
        return codes.get(layer);
    }

    public boolean isEmpty() {
        return codes.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestDistricts other && codes.equals(other.codes);
    }

    @Override
    public int hashCode() {
        return codes.hashCode();
    }

    @Override
    public String toString() {
        return "RequestDistricts" + codes;
    }

    /** The jsonb text of the column (made once; a race makes the same text twice). */
    String json() {
        String known = json;
        if (known == null) {
            known = write();
            json = known;
        }
        return known;
    }

    private String write() {
        StringBuilder out = new StringBuilder(16 + codes.size() * 24).append('{');
        codes.forEach((layer, code) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            quoted(out, layer).append(':');
            quoted(out, code);
        });
        return out.append('}').toString();
    }

    /** From the column's text (a flat object of strings); NONE for null. */
    static RequestDistricts parse(String json) {
        if (json == null || json.length() <= 2) {
            return NONE;
        }
        Map<String, String> codes = new LinkedHashMap<>(8);
        try (JsonParser p = RequestRows.JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("districts are not an object: " + json);
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String layer = p.currentName();
                p.nextToken();
                codes.put(layer, p.getValueAsString());
            }
        }
        return new RequestDistricts(codes);
    }

    private static StringBuilder quoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"');
    }
}
