package org.onecity.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DistrictsTest {

    /** Built once for the class: the index is immutable and the build takes a moment. */
    static final Districts DISTRICTS = new Districts(GeoSettings.BUILT_IN_ONLY);

    @Test
    void timesSquare() {
        DistrictAssignment at = DISTRICTS.locate(40.7580, -73.9855);
        assertThat(at.in("borough").orElse(null)).isEqualTo(new DistrictRef("borough", "1", "Manhattan"));
        assertThat(at.in("community_district").orElse(null)).isEqualTo(new DistrictRef("community_district", "105", "Manhattan CD 5"));
        assertThat(at.in("zip").orElse(null).code()).isEqualTo("10036");
        assertThat(at.in("alcaldia").orElse(null)).isNull();
    }

    @Test
    void centralParkIsAJointInterestAreaAndANonResidentialZipArea() {
        DistrictAssignment at = DISTRICTS.locate(40.7829, -73.9654);
        assertThat(at.in("borough").orElse(null).name()).isEqualTo("Manhattan");
        assertThat(at.in("community_district").orElse(null)).isEqualTo(new DistrictRef("community_district", "164", "Manhattan JIA 64"));
        assertThat(at.in("zip").orElse(null)).isEqualTo(new DistrictRef("zip", "99999", "Non-residential area"));
    }

    @Test
    void jfkAirport() {
        assertNyc(DISTRICTS.locate(40.6413, -73.7781), "Queens", "483", "11434");
        assertThat(DISTRICTS.locate(40.6413, -73.7781).in("community_district").orElse(null).name()).isEqualTo("Queens JIA 83");
    }

    @Test
    void stGeorgeFerryTerminal() {
        assertNyc(DISTRICTS.locate(40.6437, -74.0736), "Staten Island", "501", "10301");
    }

    @Test
    void mexicoCityAlcaldias() {
        assertAlcaldia(19.4326, -99.1332, "015", "Cuauhtémoc");          // Zócalo
        assertAlcaldia(19.3322, -99.1860, "003", "Coyoacán");            // Ciudad Universitaria (UNAM)
        assertAlcaldia(19.4361, -99.0719, "017", "Venustiano Carranza"); // AICM airport
        assertThat(DISTRICTS.locate(19.4326, -99.1332).in("borough").orElse(null)).isNull();
    }

    @Test
    void outsideTheServiceArea() {
        for (double[] point : new double[][] {{40.6895, -74.1745}, {19.2826, -99.6557}}) { // Newark, Toluca
            assertThat(DISTRICTS.locate(point[0], point[1])).isEqualTo(DistrictAssignment.NONE);
            assertThat(DISTRICTS.insideServiceArea(point[0], point[1])).isFalse();
        }
        assertThat(DISTRICTS.insideServiceArea(40.7580, -73.9855)).isTrue();
        assertThat(DISTRICTS.insideServiceArea(19.4326, -99.1332)).isTrue();
    }

    @Test
    void oddNumbersFindNothingAndNeverThrow() {
        assertThat(DISTRICTS.locate(Double.NaN, -73.9)).isEqualTo(DistrictAssignment.NONE);
        assertThat(DISTRICTS.locate(40.7, Double.POSITIVE_INFINITY)).isEqualTo(DistrictAssignment.NONE);
        assertThat(DISTRICTS.locate(1e300, -1e300)).isEqualTo(DistrictAssignment.NONE);
        assertThat(DISTRICTS.locate(0, 0).all()).isEmpty();
        assertThat(DISTRICTS.insideServiceArea(Double.NaN, Double.NaN)).isFalse();
    }

    @Test
    void assignmentListsAndFindsItsDistricts() {
        DistrictAssignment at = DISTRICTS.locate(40.7580, -73.9855);
        assertThat(at.all()).extracting(DistrictRef::layer).containsExactly("borough", "community_district", "zip");
        assertThat(at.in("zip")).map(DistrictRef::code).contains("10036");
        assertThat(at.in("alcaldia")).isEmpty();
        assertThat(DistrictAssignment.NONE.all()).isEmpty();
    }

    @Test
    void layersAndTheirDistricts() {
        assertThat(DISTRICTS.layers()).containsExactly(
                new DistrictLayer("borough", "nyc", "NYC boroughs", 5, "borough"),
                new DistrictLayer("community_district", "nyc", "NYC community districts", 71,
                        "community_district"),
                new DistrictLayer("zip", "nyc", "NYC ZIP code areas (MODZCTA)", 178, "zip_area"),
                new DistrictLayer("alcaldia", "cdmx", "Alcaldías de la Ciudad de México", 16, "alcaldia"));
        assertThat(DISTRICTS.districts("borough")).extracting(DistrictRef::name)
                .containsExactly("Manhattan", "Bronx", "Brooklyn", "Queens", "Staten Island");
        assertThat(DISTRICTS.districts("community_district")).filteredOn(ref -> ref.name().contains(" JIA "))
                .hasSize(12);
        assertThat(DISTRICTS.find("community_district", "595")).map(DistrictRef::name).contains("Staten Island JIA 95");
        assertThat(DISTRICTS.find("zip", "10001")).map(DistrictRef::name).contains("10001, 10118");
        assertThat(DISTRICTS.find("alcaldia", "010")).map(DistrictRef::name).contains("Álvaro Obregón");
        assertThat(DISTRICTS.find("zip", "00000")).isEmpty();
        assertThat(DISTRICTS.find("ward", "1")).isEmpty();
        assertThat(DISTRICTS.districts("ward")).isEmpty();
    }

    @Test
    void layerGeoJsonIsASimplifiedFeatureCollection() {
        String full = DISTRICTS.layerGeoJson("community_district", 0);
        String simplified = DISTRICTS.layerGeoJson("community_district", 0.0005);
        assertThat(simplified.length()).isLessThan(full.length() / 3);
        assertThat(DISTRICTS.layerGeoJson("community_district", 0.0005)).isSameAs(simplified);

        JsonNode collection = JsonMapper.builder().build().readTree(simplified);
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features").size()).isEqualTo(71);
        JsonNode first = collection.path("features").get(0);
        assertThat(first.path("properties").toString())
                .isEqualTo("{\"layer\":\"community_district\",\"code\":\"101\",\"name\":\"Manhattan CD 1\"}");
        assertThat(first.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(first.path("geometry").has("crs")).isFalse();
    }

    @Test
    void layerGeoJsonRefusesUnknownLayersAndBadTolerances() {
        assertThatThrownBy(() -> DISTRICTS.layerGeoJson("ward", 0.001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DISTRICTS.layerGeoJson("zip", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DISTRICTS.layerGeoJson("zip", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentLookupsAgreeWithSequentialOnes() {
        List<double[]> points = IntStream.range(0, 2_000)
                .mapToObj(i -> new double[] {40.50 + (i % 40) * 0.01, -74.25 + (i / 40) * 0.011}).toList();
        List<DistrictAssignment> sequential = points.stream().map(p -> DISTRICTS.locate(p[0], p[1])).toList();
        List<DistrictAssignment> parallel = points.parallelStream().map(p -> DISTRICTS.locate(p[0], p[1])).toList();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential).filteredOn(at -> at.in("borough").orElse(null) != null).hasSizeGreaterThan(500);
    }

    private static void assertNyc(DistrictAssignment at, String borough, String district, String zip) {
        assertThat(at.in("borough").orElse(null).name()).isEqualTo(borough);
        assertThat(at.in("community_district").orElse(null).code()).isEqualTo(district);
        assertThat(at.in("zip").orElse(null).code()).isEqualTo(zip);
        assertThat(at.in("alcaldia").orElse(null)).isNull();
    }

    private static void assertAlcaldia(double lat, double lon, String code, String name) {
        assertThat(DISTRICTS.locate(lat, lon).in("alcaldia").orElse(null)).isEqualTo(new DistrictRef("alcaldia", code, name));
        assertThat(DISTRICTS.locate(lat, lon).in("zip").orElse(null)).isNull();
    }
}
