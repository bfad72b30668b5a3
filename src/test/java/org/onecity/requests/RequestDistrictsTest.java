package org.onecity.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.geo.DistrictAssignment;
import org.onecity.geo.DistrictRef;

/** A request's districts: any layer's code, in layer order, to and from the jsonb column's text. */
class RequestDistrictsTest {

    @Test
    void takesTheLocatedDistrictsOfAnyLayerInTheirOrder() {
        RequestDistricts d = RequestDistricts.of(DistrictAssignment.of(new DistrictRef("borough", "1", "Manhattan"),
                null, new DistrictRef("zip", "10036", "10036"), new DistrictRef("ward", "7", "Ward Seven")));

        assertThat(d.codes().keySet()).containsExactly("borough", "zip", "ward");
        assertThat(d.code("ward")).isEqualTo("7");
        assertThat(d.code("alcaldia")).isNull();
        assertThat(RequestDistricts.of(DistrictAssignment.NONE)).isSameAs(RequestDistricts.NONE);
        assertThat(RequestDistricts.NONE.isEmpty()).isTrue();
    }

    @Test
    void leavesOutLayersWithoutACode() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("borough", null);
        codes.put("community_district", "105");
        assertThat(new RequestDistricts(codes).codes()).containsExactly(Map.entry("community_district", "105"));
        assertThat(new RequestDistricts(null).isEmpty()).isTrue();
    }

    @Test
    void writesAndReadsTheColumnsJson() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("borough", "1");
        codes.put("ward", "7 \"West\" \\ ñ 😀\n\u0001");
        RequestDistricts d = new RequestDistricts(codes);

        assertThat(d.json()).isEqualTo("{\"borough\":\"1\",\"ward\":\"7 \\\"West\\\" \\\\ ñ 😀\\u000a\\u0001\"}");
        assertThat(RequestDistricts.parse(d.json())).isEqualTo(d);
        assertThat(RequestDistricts.parse("{\"zip\": \"10036\", \"borough\": \"1\"}").codes())
                .containsExactly(Map.entry("zip", "10036"), Map.entry("borough", "1"));
        assertThat(RequestDistricts.parse("{}")).isEqualTo(RequestDistricts.NONE);
        assertThat(RequestDistricts.parse(null)).isEqualTo(RequestDistricts.NONE);
        assertThat(RequestDistricts.NONE.json()).isEqualTo("{}");
    }
}
