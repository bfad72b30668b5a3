package org.onecity.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.testing.UpgradeDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The upgrade to districts as data keeps every request's districts: the four columns' codes move into the
 * one jsonb object (keyed by geo layer id), then the columns go; routing rules then take any layer.
 */
class RequestDistrictsUpgradeIT {

    /** The migration that moves the four district columns into requests.service_request.districts. */
    static final String THE_MOVE = "20261207.1200";

    @Test
    void theFourColumnsBecomeOneObjectOfLayersAndCodes() {
        try (UpgradeDatabase db = UpgradeDatabase.migratedUpTo(THE_MOVE)) {
            JdbcClient jdbc = db.jdbc();
            insert(jdbc, "311-1", "1", "105", "10036", null);
            insert(jdbc, "311-2", null, null, null, "015");
            insert(jdbc, "311-3", null, null, null, null);
            insert(jdbc, "311-4", "5", null, "10301", null);
            jdbc.sql("""
                    insert into routing.rule (service_code, layer, district_code, agency_code, description)
                    values ('svc', 'zip', '10036', 'DOT', 'an old rule')""").update();

            db.migrate();

            assertThat(jdbc.sql("select number || ' ' || districts::text from requests.service_request order by number")
                    .query(String.class).list()).containsExactly(
                    "311-1 {\"zip\": \"10036\", \"borough\": \"1\", \"community_district\": \"105\"}",
                    "311-2 {\"alcaldia\": \"015\"}",
                    "311-3 {}",
                    "311-4 {\"zip\": \"10301\", \"borough\": \"5\"}");
            assertThat(jdbc.sql("""
                    select count(*) from information_schema.columns where table_schema = 'requests'
                      and table_name = 'service_request'
                      and column_name in ('borough', 'community_district', 'zip_area', 'alcaldia')""")
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select layer || ':' || district_code from routing.rule").query(String.class).list())
                    .isEqualTo(List.of("zip:10036"));
            jdbc.sql("""
                    insert into routing.rule (service_code, layer, district_code, agency_code, description)
                    values ('svc', 'ward', '7', 'DOT', 'a third city''s layer')""").update();
        }
    }

    private static void insert(JdbcClient jdbc, String number, String borough, String communityDistrict, String zip,
                               String alcaldia) {
        jdbc.sql("""
                insert into requests.service_request (number, service_code, agency_code, channel, address, borough,
                    community_district, zip_area, alcaldia, requested_at, updated_at)
                values (?, 'svc', 'DOT', 'web', '1 Main St', ?, ?, ?, ?, now(), now())""")
                .params(number, borough, communityDistrict, zip, alcaldia).update();
    }
}
