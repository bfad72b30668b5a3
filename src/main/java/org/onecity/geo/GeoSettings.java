package org.onecity.geo;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onecity.geo.*}: district layers a city adds to the built-in ones, e.g.
 * <pre>
 * onecity.geo.extra-layers[0].id=ward
 * onecity.geo.extra-layers[0].city=springfield
 * onecity.geo.extra-layers[0].file=/srv/onecity/wards.geojson
 * onecity.geo.extra-layers[0].code-property=WARD_NO
 * onecity.geo.extra-layers[0].name-property=WARD_NAME
 * </pre>
 */
@ConfigurationProperties("onecity.geo")
record GeoSettings(List<LayerDescriptor> extraLayers) {

    static final GeoSettings BUILT_IN_ONLY = new GeoSettings(List.of());

    GeoSettings {
        extraLayers = extraLayers == null ? List.of() : List.copyOf(extraLayers);
    }
}
