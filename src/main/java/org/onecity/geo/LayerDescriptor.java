package org.onecity.geo;

import java.util.Map;

/**
 * Where a layer's GeoJSON is and how to read codes and names from its feature properties. The
 * built-in layers are listed in {@code classpath:geo/layers.json} (files relative to it); a city
 * adds its own with {@code onecity.geo.extra-layers} (files on the file system).
 *
 * @param id           the layer id, unique across layers
 * @param city         the city it belongs to ({@code nyc}, {@code cdmx} …)
 * @param title        a display title (defaults to the id)
 * @param file         the GeoJSON FeatureCollection (lon/lat)
 * @param codeProperty the feature property holding the district code
 * @param nameProperty the feature property holding the name (optional: the code is the name)
 * @param names        fixed names for some codes, winning over everything else (optional)
 * @param naming       a named naming rule of {@link DistrictNaming} (optional)
 * @param attribute    the name a request's district in this layer goes by in Open311 {@code extended_attributes}
 *                     and (in camelCase) in JSON documents (optional: the id)
 */
record LayerDescriptor(String id, String city, String title, String file, String codeProperty,
        String nameProperty, Map<String, String> names, String naming, String attribute) {

    LayerDescriptor {
        require(id, "id");
        require(file, "file");
        require(codeProperty, "codeProperty");
        city = city == null || city.isBlank() ? "" : city;
        title = title == null || title.isBlank() ? id : title;
        names = names == null ? Map.of() : Map.copyOf(names);
        attribute = attribute == null || attribute.isBlank() ? id : attribute.strip();
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A geo layer descriptor needs a " + what);
        }
    }
}
