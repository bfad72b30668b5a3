package org.onecity.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.WebSession;
import org.onecity.workspace.Contacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Knowledge articles end to end over HTTP: admin writes them, residents read and find them, agents answer with them. */
class KnowledgeArticlesIT extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeArticles articles;

    @Autowired
    Contacts contacts;

    @Test
    void residentsReadTheDemoArticlesInTheirLanguageAndFindThemBySearch() {
        WebSession resident = new WebSession(port);
        String list = resident.get("/help").body();
        assertThat(list).contains("/help/no-heat-in-winter").contains("Trash and recycling");
        var spanish = resident.get("/help/no-heat-in-winter?lang=es");
        assertThat(spanish.statusCode()).isEqualTo(200);
        assertThat(spanish.body()).contains("temporada de calefacción").contains("<p class=\"govuk-body\">Primero avise")
                .contains("Reportar este problema").contains("/services/hpd-heat-hot-water");
        assertThat(resident.get("/search?q=mattress").body()).contains("id=\"article-results\"")
                .contains("/help/bulk-item-pickup");
        assertThat(resident.get("/search?q=colch%C3%B3n&lang=es").body()).contains("/help/bulk-item-pickup");
        assertThat(resident.get("/help/no-such-article").statusCode()).isEqualTo(404);
        assertThat(resident.get("/help?lang=fr").body()).contains("Aide et informations");
    }

    @Test
    void anAdminCreatesAndEditsArticlesWithErrorsBesideTheFields() {
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        assertThat(admin.get("/admin").body()).contains("/admin/articles");
        admin.get("/admin/articles/new");
        var invalid = admin.post("/admin/articles", List.of(Map.entry("slug", "Bad Slug!"), Map.entry("titleEn", ""),
                Map.entry("bodyEn", "<script>x</script>"), Map.entry("topicEn", "Streets"),
                Map.entry("services", "no-such-service")));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("href=\"#slug\"").contains("href=\"#titleEn\"").contains("href=\"#bodyEn\"")
                .contains("href=\"#services\"").contains("id=\"titleEn-error\"").contains("aria-describedby=\"titleEn-error\"")
                .contains("value=\"Bad Slug!\"");
        assertThat(articles.draftOrPublished("bad-slug")).isEmpty();

        List<Map.Entry<String, String>> draft = new ArrayList<>(List.of(Map.entry("slug", "kbit-graffiti-removal"),
                Map.entry("titleEn", "Free graffiti removal"), Map.entry("titleEs", "Limpieza gratuita de grafiti"),
                Map.entry("topicEn", "Streets"), Map.entry("topicEs", "Calles"),
                Map.entry("keywordsEn", "tagging, spray paint"), Map.entry("keywordsEs", "pintas, aerosol"),
                Map.entry("services", "dsny-graffiti"),
                Map.entry("bodyEn", "The city removes graffiti for free.\n\nOwners sign a waiver first."),
                Map.entry("bodyEs", "La ciudad quita el grafiti gratis.\n\nLos dueños firman primero una autorización.")));
        assertThat(WebSession.location(admin.post("/admin/articles", draft))).endsWith("/admin/articles/kbit-graffiti-removal?saved");
        WebSession resident = new WebSession(port);
        assertThat(resident.get("/help/kbit-graffiti-removal").statusCode()).isEqualTo(404);
        assertThat(resident.get("/search?q=tagging").body()).doesNotContain("kbit-graffiti-removal");
        assertThat(resident.get("/help").body()).doesNotContain("kbit-graffiti-removal");

        admin.get("/admin/articles/kbit-graffiti-removal");
        draft.add(Map.entry("published", "true"));
        assertThat(WebSession.location(admin.post("/admin/articles", draft))).endsWith("?saved");
        assertThat(admin.get("/admin/articles").body()).contains("kbit-graffiti-removal");
        var page = resident.get("/help/kbit-graffiti-removal?lang=es").body();
        assertThat(page).contains("Limpieza gratuita de grafiti").contains("<p class=\"govuk-body\">La ciudad quita el grafiti gratis.</p>")
                .contains("/services/dsny-graffiti");
        assertThat(resident.get("/search?q=aerosol&lang=es").body()).contains("/help/kbit-graffiti-removal");
    }

    @Test
    void onlyAdminsReachTheArticleAdminAndAgentsAnswerFromArticles() {
        WebSession agent = new WebSession(port);
        agent.login("agent", "demo1234");
        assertThat(agent.get("/admin/articles").statusCode()).isEqualTo(403);
        assertThat(agent.post("/admin/articles", List.of(Map.entry("slug", "kbit-agent-tries"), Map.entry("titleEn", "x"),
                Map.entry("bodyEn", "x"), Map.entry("topicEn", "x"))).statusCode()).isEqualTo(403);
        assertThat(articles.draftOrPublished("kbit-agent-tries")).isEmpty();
        assertThat(WebSession.location(new WebSession(port).get("/admin/articles"))).endsWith("/login");

        String phone = "2125557" + String.format("%03d", (int) (System.nanoTime() % 1000));
        var console = agent.get("/agent?phone=" + phone + "&language=es&kb=alternate+side+parking");
        assertThat(console.body()).contains("id=\"article-results\"").contains("lados alternos")
                .contains("value=\"alternate-side-parking\"");
        assertThat(agent.get("/agent?phone=" + phone + "&kb=zzqx").body()).contains("id=\"no-articles\"");
        var logged = agent.post("/agent/contacts", List.of(Map.entry("phone", phone), Map.entry("language", "es"),
                Map.entry("topic", ""), Map.entry("article", "alternate-side-parking"), Map.entry("notes", "Asked about holidays")));
        assertThat(WebSession.location(logged)).contains("logged=1");
        var contact = contacts.ofCaller(phone, null, 5).get(0);
        assertThat(contact.topic()).isEqualTo("How alternate-side parking works");
        assertThat(contact.notes()).isEqualTo("[article: alternate-side-parking] Asked about holidays");
    }
}
