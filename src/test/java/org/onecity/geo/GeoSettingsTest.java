package org.onecity.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The extra layers bind from the property names a city writes in its configuration (no context needed). */
class GeoSettingsTest {

    @Test
    void extraLayersBindFromKebabCaseProperties() {
        Map<String, String> properties = Map.of(
                "onecity.geo.extra-layers[0].id", "ward",
                "onecity.geo.extra-layers[0].city", "springfield",
                "onecity.geo.extra-layers[0].file", "/srv/onecity/wards.geojson",
                "onecity.geo.extra-layers[0].code-property", "WARD_NO",
                "onecity.geo.extra-layers[0].name-property", "WARD_NAME",
                "onecity.geo.extra-layers[0].names.0", "Unassigned");
        GeoSettings settings = new Binder(new MapConfigurationPropertySource(properties))
                .bind("onecity.geo", GeoSettings.class).get();

        assertThat(settings.extraLayers()).containsExactly(new LayerDescriptor("ward", "springfield", "ward",
                "/srv/onecity/wards.geojson", "WARD_NO", "WARD_NAME", Map.of("0", "Unassigned"), null, null));
    }

    @Test
    void noExtraLayersByDefault() {
        GeoSettings settings = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("onecity.geo", GeoSettings.class);
        assertThat(settings.extraLayers()).isEmpty();
    }
}
