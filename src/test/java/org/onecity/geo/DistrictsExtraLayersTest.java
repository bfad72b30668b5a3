package org.onecity.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A city adds its own layers as data: GeoJSON files on disk, described in {@code onecity.geo.extra-layers}. */
class DistrictsExtraLayersTest {

    /** A box around Times Square, a feature without a code and a point: only the box is a ward. */
    private static final String WARDS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"WARD_NO": 7, "WARD_NAME": "Ward Seven"},
               "geometry": {"type": "Polygon", "coordinates": [[[-74.0, 40.75], [-73.97, 40.75],
                 [-73.97, 40.77], [-74.0, 40.77], [-74.0, 40.75]]]}},
              {"type": "Feature", "properties": {"WARD_NAME": "No number"},
               "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}},
              {"type": "Feature", "properties": {"WARD_NO": 8},
               "geometry": {"type": "Point", "coordinates": [-73.9, 40.7]}}
            ]}
            """;

    @TempDir
    Path dir;

    @Test
    void anExtraLayerIsLookedUpListedAndServed() throws IOException {
        Districts districts = new Districts(settings(ward("ward", "WARD_NAME", null)));

        DistrictAssignment at = districts.locate(40.7580, -73.9855);
        assertThat(at.all()).extracting(DistrictRef::layer).containsExactly("borough", "community_district", "zip", "ward");
        assertThat(at.all()).last().isEqualTo(new DistrictRef("ward", "7", "Ward Seven"));
        assertThat(at.in("ward")).map(DistrictRef::code).contains("7");
        assertThat(at.in("borough").orElseThrow().name()).isEqualTo("Manhattan");
        assertThat(at.all()).hasSize(4);
        assertThat(districts.locate(40.7829, -73.9654).in("ward")).isEmpty();

        assertThat(districts.layers()).last().isEqualTo(new DistrictLayer("ward", "springfield", "Wards", 1, "ward"));
        assertThat(districts.districts("ward")).containsExactly(new DistrictRef("ward", "7", "Ward Seven"));
        assertThat(districts.layerGeoJson("ward", 0.001)).contains("\"name\":\"Ward Seven\"");
    }

    @Test
    void fixedNamesWinAndTheCodeIsTheNameWithoutANameProperty() throws IOException {
        LayerDescriptor named = new LayerDescriptor("ward", "springfield", null, file().toString(), "WARD_NO",
                null, Map.of("7", "Downtown"), null, null);
        LayerDescriptor unnamed = new LayerDescriptor("precinct", "springfield", null, file().toString(), "WARD_NO",
                null, null, null, null);
        Districts districts = new Districts(new GeoSettings(List.of(named, unnamed)));

        assertThat(districts.locate(40.7580, -73.9855).all()).extracting(DistrictRef::layer)
                .containsExactly("borough", "community_district", "zip", "ward", "precinct");
        assertThat(districts.locate(40.7580, -73.9855).all()).endsWith(
                new DistrictRef("ward", "7", "Downtown"), new DistrictRef("precinct", "7", "7"));
        assertThat(districts.layers()).extracting(DistrictLayer::title).endsWith("ward", "precinct");
    }

    @Test
    void badDescriptorsStopTheStart() throws IOException {
        assertThatThrownBy(() -> new Districts(settings(ward("zip", "WARD_NAME", null))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("zip");
        assertThatThrownBy(() -> new Districts(settings(ward("ward", "WARD_NAME", "roman-numerals"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roman-numerals");
        LayerDescriptor missing = new LayerDescriptor("ward", "x", null, dir.resolve("nope.geojson").toString(),
                "WARD_NO", null, null, null, null);
        assertThatThrownBy(() -> new Districts(settings(missing))).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> new LayerDescriptor("ward", "x", null, null, "WARD_NO", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private LayerDescriptor ward(String id, String nameProperty, String naming) throws IOException {
        return new LayerDescriptor(id, "springfield", "Wards", file().toString(), "WARD_NO", nameProperty, null,
                naming, null);
    }

    private Path file() throws IOException {
        Path file = dir.resolve("wards.geojson");
        return Files.exists(file) ? file : Files.writeString(file, WARDS);
    }

    private static GeoSettings settings(LayerDescriptor layer) {
        return new GeoSettings(List.of(layer));
    }
}
