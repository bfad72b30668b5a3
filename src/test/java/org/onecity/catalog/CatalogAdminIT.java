package org.onecity.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.Open311Schemas;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An admin manages agencies and service types through the JSON API; Open311 shows the result. */
class CatalogAdminIT extends IntegrationBase {

    @LocalServerPort
    int port;

    static final String AGENCY = """
            {"code":"PARKS-CDMX","name":{"en":"Parks of Mexico City","es":"Parques de la CDMX"},
             "escalation":[{"level":1,"role":"supervisor","title":{"en":"Supervisor","es":"Supervisor"},"delay_hours":0},
                           {"level":2,"role":"director","title":{"en":"Director","es":"Director"},"delay_hours":48}]}""";

    static final String SERVICE = """
            {"agency":"PARKS-CDMX","name":{"en":"Broken bench","es":"Banca rota"},
             "description":{"en":"A bench in a park is broken","es":"Una banca del parque está rota"},
             "group":{"en":"Parks","es":"Parques"},"keywords":{"en":["bench"],"es":["banca"]},
             "sla_hours":96,"type":"realtime",
             "attributes":[{"code":"material","datatype":"singlevaluelist","required":true,"order":1,
                            "description":{"en":"Material","es":"Material"},
                            "values":[{"key":"wood","name":{"en":"Wood","es":"Madera"}},{"key":"metal","name":{"en":"Metal","es":"Metal"}}]}]}""";

    @Test
    void adminsManageTheCatalog() {
        Http http = new Http(port);
        assertThat(http.json("PUT", "/api/admin/agencies/PARKS-CDMX", AGENCY, "admin", "demo1234").statusCode()).isEqualTo(200);
        var saved = http.json("PUT", "/api/admin/services/cdmx-broken-bench", SERVICE, "admin", "demo1234");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        var def = http.get("/open311/v2/services/cdmx-broken-bench.json?locale=es");
        var json = Open311Schemas.assertValid(def.body(), "service-definition.json");
        assertThat(json.path("attributes").get(0).path("values").get(0).path("name").asString()).isEqualTo("Madera");

        var bad = http.json("PUT", "/api/admin/services/cdmx-bad", SERVICE.replace("\"sla_hours\":96", "\"sla_hours\":0")
                .replace("PARKS-CDMX", "NOBODY"), "admin", "demo1234");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("sla_hours must be positive", "agency must be an existing agency code");
        assertThat(http.get("/open311/v2/services/cdmx-bad.json").statusCode()).isEqualTo(404);

        assertThat(http.json("PUT", "/api/admin/services/cdmx-broken-bench", SERVICE, "dsny.staff", "demo1234").statusCode())
                .isEqualTo(403);
        assertThat(http.json("GET", "/api/admin/agencies", null, null, null).statusCode()).isEqualTo(401);

        assertThat(http.json("DELETE", "/api/admin/services/cdmx-broken-bench", null, "admin", "demo1234").statusCode())
                .isEqualTo(204);
        assertThat(http.get("/open311/v2/services/cdmx-broken-bench.json").statusCode()).isEqualTo(404);
    }
}
