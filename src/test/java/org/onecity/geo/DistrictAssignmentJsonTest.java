package org.onecity.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * A located answer keeps the JSON the web API has always written: the built-in layers' districts by their
 * field (the ZIP area layer's attribute zip_area as zipArea), a city's own layers under others.
 */
class DistrictAssignmentJsonTest {

    @TempDir
    Path dir;

    @Test
    void builtInLayersByFieldTheOthersInAList() throws IOException {
        Path wards = Files.writeString(dir.resolve("wards.geojson"), """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"WARD_NO": "7"},
                  "geometry": {"type": "Polygon", "coordinates": [[[-74.0, 40.75], [-73.97, 40.75], [-73.97, 40.77],
                    [-74.0, 40.77], [-74.0, 40.75]]]}}]}""");
        Districts districts = new Districts(new GeoSettings(List.of(new LayerDescriptor("ward", "springfield", null,
                wards.toString(), "WARD_NO", null, null, null, null))));
        JsonMapper json = JsonMapper.builder().addModule(new SimpleModule()
                .addSerializer(DistrictAssignment.class, new DistrictAssignmentJson(districts))).build();

        assertThat(json.writeValueAsString(districts.locate(40.7580, -73.9855))).isEqualTo("""
                {"borough":{"layer":"borough","code":"1","name":"Manhattan"},\
                "communityDistrict":{"layer":"community_district","code":"105","name":"Manhattan CD 5"},\
                "zipArea":{"layer":"zip","code":"10036","name":"10036"},\
                "others":[{"layer":"ward","code":"7","name":"7"}]}""");
        assertThat(json.writeValueAsString(districts.locate(19.4326, -99.1332))).isEqualTo(
                "{\"alcaldia\":{\"layer\":\"alcaldia\",\"code\":\"015\",\"name\":\"Cuauhtémoc\"}}");
        assertThat(json.writeValueAsString(DistrictAssignment.NONE)).isEqualTo("{}");
    }

    @Test
    void fieldsAreTheAttributesInCamelCase() {
        assertThat(DistrictLayer.camelCase("zip_area")).isEqualTo("zipArea");
        assertThat(DistrictLayer.camelCase("community_district")).isEqualTo("communityDistrict");
        assertThat(DistrictLayer.camelCase("ward")).isEqualTo("ward");
        assertThat(DistrictLayer.camelCase("_a__b_")).isEqualTo("aB");
    }
}
