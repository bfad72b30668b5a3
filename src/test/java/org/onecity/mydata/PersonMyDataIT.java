package org.onecity.mydata;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onecity.messaging.NotificationLinks;
import org.onecity.messaging.OutboxSender;
import org.onecity.accounts.StaffAccounts;
import org.onecity.audit.Audit;
import org.onecity.audit.AuditEntry;
import org.onecity.people.Curp;
import org.onecity.people.People;
import org.onecity.people.registry.PersonForm;
import org.onecity.people.registry.Registration;
import org.onecity.shared.Actor;
import org.onecity.sharing.Release;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person in the registry asks by CURP for the link to their own "who accessed my data" page, over
 * real HTTP and SMTP: the answer never tells whether the CURP is registered, the link goes only to the
 * email on the record (and that lookup is audited), it shows another agency's reads by role and agency,
 * withdrawing consent there stops the next read, and tampered or expired links show nothing.
 */
class PersonMyDataIT extends ChannelsBase {

    static final String PURPOSE = "program-eligibility";
    static final String AGREEMENT = "DEMO-SIBISO-DIF-PEOPLE";
    static final String SENT = "If a record with this CURP has an email address, we have sent a link to it.";

    @LocalServerPort
    int port;
    @Autowired
    Registration registration;
    @Autowired
    People people;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Audit audit;
    @Autowired
    OutboxSender sender;
    @Autowired
    PersonMyData myData;
    @Autowired
    PersonLinkAsks asks;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    NotificationLinks links;
    @Autowired
    Clock clock;
    @Autowired
    org.onecity.programs.Applications applications;
    @Autowired
    org.onecity.programs.ProgramConsents programConsents;

    /** A valid CURP nobody else has: random name letters and differentiator, RENAPO's check digit. */
    static String curp() {
        var r = ThreadLocalRandom.current();
        String consonants = "BCDFGHJKLMNPQRSTVZ";
        while (true) {
            StringBuilder b = new StringBuilder();
            b.append(consonants.charAt(r.nextInt(consonants.length()))).append("AEIOU".charAt(r.nextInt(5)));
            b.append(consonants.charAt(r.nextInt(consonants.length()))).append(consonants.charAt(r.nextInt(consonants.length())));
            LocalDate birth = LocalDate.of(r.nextInt(1950, 2000), r.nextInt(1, 13), r.nextInt(1, 29));
            b.append(String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth()));
            b.append(r.nextBoolean() ? 'H' : 'M').append("DF");
            for (int i = 0; i < 3; i++) {
                b.append(consonants.charAt(r.nextInt(consonants.length())));
            }
            b.append((char) ('0' + r.nextInt(10)));
            String curp = b + String.valueOf(Curp.checkDigit(b.toString()));
            if (Curp.problem(curp).isEmpty()) {
                return curp;
            }
        }
    }

    private UUID register(String curp, String email) {
        Curp c = Curp.parse(curp);
        long n = ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        PersonForm form = new PersonForm(curp, "Zulema", "Quiroga", "Yañez", c.birthDate().toString(), c.sex(),
                "55 " + n, email, "Calle Prueba " + n, "Coyoacán", null, null);
        return registration.register(form, "SIBISO", Actor.staff("sibiso.staff", "SIBISO", java.util.Set.of()),
                true).person().key();
    }

    private static String uniqueEmail() {
        return "mydata" + System.nanoTime() + "@mail.example";
    }

    private java.net.http.HttpResponse<String> ask(WebSession s, String curp) {
        if (s.csrf() == null) {
            s.get("/my-data/person");
        }
        return s.post("/my-data/person", List.of(entry("curp", curp)));
    }

    /** What the resident is told: the banner of the page the form leads to. */
    private static String answer(WebSession s, java.net.http.HttpResponse<String> asked) {
        String page = s.get(WebSession.location(asked)).body();
        Matcher m = Pattern.compile("<p class=\"govuk-notification-banner__heading\" id=\"[a-z]+\">([^<]*)</p>").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    private Release difRead(UUID key) {
        return people.releaseForStaff(accounts.loadUserByUsername("dif.staff"), key, PURPOSE, "case-" + key, null)
                .orElseThrow();
    }

    private List<AuditEntry> lookups(UUID key) {
        return audit.about(People.DATASET, People.subject(key)).stream()
                .filter(e -> PersonMyData.PURPOSE.equals(e.record().purpose())).toList();
    }

    @Test
    void aRegisteredPersonGetsTheLinkSeesAnotherAgencysReadsAndWithdrawsConsent() throws Exception {
        String curp = curp();
        String email = uniqueEmail();
        UUID key = register(curp, email);
        WebSession resident = new WebSession(port);
        assertThat(resident.get("/my-data/person").body()).contains("See who accessed your registry record",
                "name=\"_csrf\"", "id=\"curp\"");

        var asked = ask(resident, " " + curp.toLowerCase() + " ");
        assertThat(asked.statusCode()).isEqualTo(302);
        String told = answer(resident, asked);
        assertThat(told).startsWith(SENT);
        myData.answerQueued(100);
        sender.drain(20);
        var mails = mailTo(email);
        assertThat(mails).hasSize(1);
        String mail = (String) mails.get(0).getContent();
        Matcher link = Pattern.compile("http://onecity.test(/my-data/person/\\S+)").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        String path = link.group(1);
        assertThat(path).startsWith("/my-data/person/" + key + "?expires=").contains("&sig=");
        assertThat(mail).doesNotContain(curp);

        List<AuditEntry> lookups = lookups(key);
        assertThat(lookups).hasSize(1);
        assertThat(lookups.get(0).record().actorKind()).isEqualTo("resident");
        assertThat(lookups.get(0).record().fields()).containsExactly("email");
        assertThat(lookups.get(0).record().action()).isEqualTo("read");
        assertThat(lookups.toString()).doesNotContain(email, curp);

        String page = resident.get(path).body();
        assertThat(page).contains("Who has seen your registry record", "Link to this page sent to your email",
                "id=\"choice-" + AGREEMENT + "\"", "You have not answered yet.");

        assertThat(difRead(key).denied()).containsEntry("curp", "no_consent");
        var give = resident.post(path.replace("?", "/consent?"), List.of(entry("agreement", AGREEMENT),
                entry("give", "true")));
        assertThat(give.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(give)).contains("/my-data/person/" + key + "?saved");
        WebSession dif = new WebSession(port);
        dif.login("dif.staff", "demo1234");
        assertThat(dif.get("/workspace/people/" + key + "?purpose=" + PURPOSE).body()).contains("Zulema");

        page = resident.get(WebSession.location(give)).body();
        assertThat(page).contains("Your choice has been saved.", "You allow this.", "Consent given",
                "Agency staff, Mexico City System for the Integral Development of the Family (DIF)", PURPOSE,
                "given names", "first surname", "Partly shown")
                .doesNotContain("dif.staff", "Diana", "sibiso.staff", email, curp, "Zulema");
        assertThat(page.indexOf("Partly shown")).as("newest first").isLessThan(page.indexOf("Consent given"));

        var stop = resident.post(path.replace("?", "/consent?"), List.of(entry("agreement", AGREEMENT),
                entry("give", "false")));
        assertThat(stop.statusCode()).isEqualTo(302);
        Release after = difRead(key);
        assertThat(after.decision()).isEqualTo("denied");
        assertThat(after.denied()).containsEntry("given_names", "consent_withdrawn");
        assertThat(resident.get(path).body()).contains("You do not allow this.", "Consent withdrawn");
        assertThat(resident.get(path + "&lang=es").body()).contains("Quién ha visto su registro",
                "Personal de la agencia");
        assertThat(resident.post(path.replace("?", "/consent?"), List.of(entry("agreement", "no-such"),
                entry("give", "true"))).statusCode()).isEqualTo(400);

        String sig = path.substring(path.indexOf("sig=") + 4);
        String expires = path.substring(path.indexOf("expires=") + 8, path.indexOf("&sig="));
        var forged = resident.get("/my-data/person/" + key + "?expires=" + expires + "&sig=x" + sig.substring(1));
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).doesNotContain("accesses", "choice-");
        var longer = resident.get("/my-data/person/" + key + "?expires=" + (Long.parseLong(expires) + 86_400)
                + "&sig=" + sig);
        assertThat(longer.statusCode()).as("the expiry is signed").isEqualTo(404);
        UUID other = register(curp(), uniqueEmail());
        assertThat(resident.get("/my-data/person/" + other + "?expires=" + expires + "&sig=" + sig).statusCode())
                .as("the key is signed").isEqualTo(404);

        String old = links.personMyDataUrl(key, clock.instant().minus(Duration.ofMinutes(1)))
                .replace("http://onecity.test", "");
        var expired = resident.get(old + "&lang=en");
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("This link has expired", "href=\"/my-data/person\"")
                .doesNotContain("id=\"accesses\"", "choice-", "Partly shown");
        assertThat(resident.post(old.replace("?", "/consent?"), List.of(entry("agreement", AGREEMENT),
                entry("give", "true"))).statusCode()).isEqualTo(410);
        assertThat(difRead(key).denied()).as("the expired link changed nothing")
                .containsEntry("given_names", "consent_withdrawn");
    }

    @Test
    void theAnswerNeverRevealsWhoIsRegisteredAndABadCurpIsAFieldError() throws Exception {
        WebSession resident = new WebSession(port);
        String registered = curp();
        String email = uniqueEmail();
        register(registered, email);
        String noEmailCurp = curp();
        UUID noEmail = register(noEmailCurp, null);
        String unknown = curp();

        String toRegistered = answer(resident, ask(resident, registered));
        myData.answerQueued(100);
        sender.drain(20);
        int before = MAIL.getReceivedMessages().length;
        var a = ask(resident, unknown);
        var b = ask(resident, noEmailCurp);
        assertThat(WebSession.location(a)).isEqualTo(WebSession.location(b)).endsWith("/my-data/person?sent");
        assertThat(answer(resident, a)).isEqualTo(toRegistered).startsWith(SENT);
        myData.answerQueued(100);
        sender.drain(20);
        assertThat(MAIL.getReceivedMessages()).as("no mail for an unknown CURP or a record without email")
                .hasSize(before);
        assertThat(lookups(noEmail)).as("no email was read").isEmpty();

        var bad = ask(resident, registered.substring(0, 17) + (char) ('0' + (registered.charAt(17) - '0' + 1) % 10));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("govuk-error-summary", "id=\"curp-error\"", "Enter a valid CURP")
                .doesNotContain(SENT);
        var es = new WebSession(port);
        es.get("/my-data/person?lang=es");
        assertThat(ask(es, "ABC").body()).contains("Escriba una CURP válida");
        assertThat(mailTo(email)).hasSize(1);
    }

    @Test
    void theWebAnswerDoesTheSameWorkForEveryCurpAndTheLookupComesLater() throws Exception {
        myData.answerQueued(1000); // asks other tests left
        String registered = curp();
        String email = uniqueEmail();
        UUID key = register(registered, email);
        WebSession resident = new WebSession(port);
        long waiting = asks.waiting();
        var a = ask(resident, registered);
        var b = ask(resident, curp());
        assertThat(WebSession.location(a)).isEqualTo(WebSession.location(b)).endsWith("/my-data/person?sent");
        assertThat(asks.waiting()).as("both asks queued alike").isEqualTo(waiting + 2);
        assertThat(lookups(key)).as("no lookup while answering the resident").isEmpty();
        assertThat(jdbc.sql("select curp from mydata.person_link_ask").query((rs, n) -> rs.getBytes(1)).list())
                .as("the CURP is sealed").allSatisfy(sealed -> assertThat(new String(sealed,
                        java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(registered));

        assertThat(myData.answerQueued(1000)).isEqualTo(2);
        assertThat(asks.waiting()).isZero();
        assertThat(lookups(key)).hasSize(1);
        sender.drain(20);
        assertThat(mailTo(email)).hasSize(1);
    }

    @Test
    void anAskWhoseAnswerFailsIsRetriedThenDroppedAndNeverBlocksTheQueue() {
        myData.answerQueued(1000); // asks other tests left
        String bad = curp();
        String good = curp();
        asks.queue(bad, "en", clock.instant());
        asks.queue(good, "en", clock.instant().plusMillis(1));
        List<String> answered = new java.util.ArrayList<>();
        java.util.function.Consumer<PersonLinkAsks.Ask> failBad = ask -> {
            if (ask.curp().equals(bad)) {
                throw new IllegalStateException("the registry is down");
            }
            answered.add(ask.curp());
        };
        assertThat(asks.answerOldest(failBad)).isTrue();
        assertThat(asks.answerOldest(failBad)).isTrue();
        assertThat(answered).as("the failed ask does not hold up the next one").containsExactly(good);
        assertThat(asks.waiting()).isEqualTo(1);
        for (int i = 1; i < PersonLinkAsks.MAX_ATTEMPTS; i++) {
            assertThat(asks.answerOldest(failBad)).isTrue();
        }
        assertThat(asks.waiting()).as("dropped after " + PersonLinkAsks.MAX_ATTEMPTS + " attempts").isZero();
        assertThat(asks.answerOldest(failBad)).isFalse();
    }

    @Test
    void theSixthAskForOneCurpIsRefusedAndWritesNothing() throws Exception {
        String curp = curp();
        String email = uniqueEmail();
        UUID key = register(curp, email);
        WebSession resident = new WebSession(port);
        for (int i = 0; i < 5; i++) {
            assertThat(WebSession.location(ask(resident, curp))).endsWith("/my-data/person?sent");
        }
        var sixth = ask(resident, curp);
        assertThat(WebSession.location(sixth)).endsWith("/my-data/person?limited");
        assertThat(resident.get(WebSession.location(sixth)).body()).contains("Too many links have been asked for.");
        myData.answerQueued(100);
        sender.drain(20);
        assertThat(mailTo(email)).hasSize(5);
        assertThat(lookups(key)).hasSize(5);
    }

    @Test
    void thePersonDecidesPerProgramAndALongHistoryIsPaged() {
        UUID key = register(curp(), uniqueEmail());
        String program = "pension-hombres-bienestar";
        applications.apply(new org.onecity.programs.Applications.Apply(program, key,
                accounts.loadUserByUsername("sibiso.supervisor").actor(), true));
        assertThat(programConsents.state(key, program)).isEqualTo(org.onecity.sharing.Consents.State.GIVEN);
        String path = links.personMyDataUrl(key, clock.instant().plus(Duration.ofHours(1)))
                .replace("http://onecity.test", "");
        WebSession resident = new WebSession(port);
        String page = resident.get(path + "&lang=en").body();
        assertThat(page).contains("Your social programs", "id=\"program-" + program + "\"",
                "id=\"program-state-" + program + "\">You allow this.<").doesNotContain("id=\"older\"");

        var stop = resident.post(path.replace("?", "/program-consent?"), List.of(entry("program", program),
                entry("give", "false")));
        assertThat(stop.statusCode()).isEqualTo(302);
        assertThat(programConsents.state(key, program)).isEqualTo(org.onecity.sharing.Consents.State.WITHDRAWN);
        assertThat(resident.get(WebSession.location(stop)).body())
                .contains("id=\"program-state-" + program + "\">You do not allow this.<", "Consent withdrawn");
        assertThat(resident.post(path.replace("?", "/program-consent?"), List.of(entry("program", "not-applied"),
                entry("give", "true"))).statusCode()).isEqualTo(400);

        long first = audit.about(People.DATASET, People.subject(key)).get(0).seq();
        for (int i = 0; i < 50; i++) {
            difRead(key);
        }
        page = resident.get(path).body();
        assertThat(page).contains("Page 1 of 2", "id=\"older\"").doesNotContain("id=\"access-" + first + "\"");
        String older = resident.get(path + "&page=2").body();
        assertThat(older).contains("Page 2 of 2", "id=\"newer\"", "id=\"access-" + first + "\"");
    }
}
