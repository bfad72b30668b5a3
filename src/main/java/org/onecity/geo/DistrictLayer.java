package org.onecity.geo;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A layer of districts that {@link Districts} knows.
 *
 * @param id            the layer id used in {@link Districts#find} and the web API
 * @param city          the city it belongs to ({@code nyc}, {@code cdmx} …)
 * @param title         a display title
 * @param districtCount how many distinct district codes the layer has
 * @param attribute     the name a request's district in this layer goes by outside: in Open311
 *                      {@code extended_attributes} as it is, in JSON documents in camelCase (see {@link #field()})
 */
public record DistrictLayer(String id, String city, String title, int districtCount, @JsonIgnore String attribute) {

    /** The attribute in camelCase ({@code zip_area} → {@code zipArea}), as JSON documents name the district. */
    @JsonIgnore
    public String field() {
        return camelCase(attribute);
    }

    static String camelCase(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
