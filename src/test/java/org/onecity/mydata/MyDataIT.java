package org.onecity.mydata;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onecity.messaging.NotificationLinks;
import org.onecity.messaging.OutboxSender;
import org.onecity.requests.Channel;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.Governance;
import org.onecity.sharing.members.Systems;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.Http;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Who accessed my data" and consent through the signed link of the confirmation email, over real
 * HTTP and SMTP: accesses appear without staff names, and the resident's consent, keyed by person,
 * opens and closes another agency's access at once, on every request of that person.
 */
class MyDataIT extends ChannelsBase {

    @LocalServerPort
    int port;
    @Autowired
    RequestIntake intake;
    @Autowired
    OutboxSender sender;
    @Autowired
    Systems systems;
    @Autowired
    Governance governance;
    @Autowired
    NotificationLinks links;

    private String file(String email, String phone) {
        return intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.WEB, "Trash", 40.7128, -74.0060, null,
                null, null, Map.of("descriptor", List.of("trash")), new Requester("Rosa", "Quintero", email, phone,
                null, null), List.of(), List.of(), "en", null, null, null)).request().number();
    }

    private int nypdRead(Http http, String credential, String number, String purpose) {
        return http.get("/api/sharing/requests/" + number + "/requester?fields=phone", "Authorization",
                "Bearer " + credential, "X-OneCity-Purpose", purpose, "X-OneCity-Case", "case-" + number).statusCode();
    }

    @Test
    void theResidentSeesEveryAccessAndDecidesWhoElseMaySeeTheirPhone() throws Exception {
        long n = System.nanoTime();
        String email = "rosa" + n + "@example.com";
        String phone = "+1 718 555 " + (n % 10_000);
        String number = file(email, phone);
        sender.drain(20);
        String mail = (String) mailTo(email).get(0).getContent();
        Matcher link = Pattern.compile("http://onecity.test(/my-data/\\S+)").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        String path = link.group(1);
        String sig = path.substring(path.indexOf("sig=") + 4);

        WebSession resident = new WebSession(port);
        String page = resident.get(path).body();
        assertThat(page).contains("Who has seen your contact details", "id=\"no-access\"");

        Http http = new Http(port);
        assertThat(http.json("GET", "/api/staff/requests/" + number, null, "dsny.staff", "demo1234").statusCode())
                .isEqualTo(200);
        String code = "nypd-mydata-" + n % 1_000_000_000;
        String nypd = systems.create(new Systems.NewSystem(code, "NYPD", "Precinct app",
                Set.of(AgencySystem.READ_REQUESTER), null, List.of())).credential();
        String purpose = "noise_followup_" + n % 1_000_000;
        assertThat(nypdRead(http, nypd, number, purpose)).isEqualTo(403);

        page = resident.get(path).body();
        assertThat(page).contains("id=\"accesses\"", "Agency staff, Department of Sanitation", "case_work",
                "first name, last name, email, phone", "Shown",
                "Computer system " + code + " of New York City Police Department", "Refused", purpose)
                .doesNotContain("dsny.staff", email, phone, "Rosa");

        String agreement = "dsny-nypd-mydata-" + n % 1_000_000_000;
        assertThat(page).doesNotContain("id=\"choice-" + agreement + "\"");
        governance.addAgreement(new Governance.Agreement(agreement, "DSNY", "NYPD", null, "requests.requester",
                Set.of("phone"), purpose, "Noise code (test)", Instant.parse("2020-01-01T00:00:00Z"), null, true),
                "admin");
        assertThat(nypdRead(http, nypd, number, purpose)).as("no consent yet").isEqualTo(403);
        page = resident.get(path).body();
        assertThat(page).contains("id=\"choice-" + agreement + "\"", "With New York City Police Department",
                "You have not answered yet.", "Allow sharing with New York City Police Department");

        var allow = resident.post("/my-data/" + number + "/consent?sig=" + sig,
                List.of(entry("agreement", agreement), entry("give", "true")));
        assertThat(WebSession.location(allow)).endsWith("/my-data/" + number + "?saved&sig=" + sig);
        assertThat(nypdRead(http, nypd, number, purpose)).as("consent given").isEqualTo(200);
        String second = file(email.toUpperCase(), null);
        assertThat(nypdRead(http, nypd, second, purpose)).as("the same person, another request").isEqualTo(200);
        page = resident.get(WebSession.location(allow)).body();
        assertThat(page).contains("Your choice has been saved.", "You allow this.", "Consent given", "You",
                "Stop sharing with New York City Police Department");

        var stop = resident.post("/my-data/" + number + "/consent?sig=" + sig,
                List.of(entry("agreement", agreement), entry("give", "false")));
        assertThat(stop.statusCode()).isEqualTo(302);
        assertThat(nypdRead(http, nypd, number, purpose)).as("withdrawn at once").isEqualTo(403);
        assertThat(nypdRead(http, nypd, second, purpose)).isEqualTo(403);
        assertThat(resident.get(path).body()).contains("You do not allow this.", "Consent withdrawn");

        assertThat(resident.get("/my-data/" + number + "?sig=forged").statusCode()).isEqualTo(404);
        String manage = links.manageUrl(number);
        assertThat(resident.get("/my-data/" + number + manage.substring(manage.indexOf('?'))).statusCode())
                .as("the notifications link opens only its own page").isEqualTo(404);
        assertThat(resident.post("/my-data/" + number + "/consent?sig=" + sig,
                List.of(entry("agreement", "no-such-agreement"), entry("give", "true"))).statusCode()).isEqualTo(400);
        assertThat(resident.get(path + "&lang=es").body()).contains("Quién ha visto sus datos de contacto",
                "Personal de la agencia, Departamento de Sanidad");
    }
}
