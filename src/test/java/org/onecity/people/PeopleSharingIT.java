package org.onecity.people;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.accounts.StaffAccounts;
import org.onecity.audit.Audit;
import org.onecity.audit.AuditEntry;
import org.onecity.people.PeopleFixtures.Person;
import org.onecity.sharing.Governance;
import org.onecity.sharing.Release;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads of people between agencies through the one release decision (agreement, consent, role),
 * audited; merges by a supervisor, with the event and the outbox row.
 */
class PeopleSharingIT extends IntegrationBase {

    static final String PURPOSE = "program-eligibility";
    static final Set<String> AGREED = Set.of("curp", "given_names", "first_surname", "second_surname", "birth_date",
            "alcaldia");
    static final List<PersonMerged> MERGES = new CopyOnWriteArrayList<>();
    static final java.util.concurrent.atomic.AtomicBoolean LISTENING = new java.util.concurrent.atomic.AtomicBoolean();

    @LocalServerPort
    int port;
    @Autowired
    People people;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    Governance governance;
    @Autowired
    Audit audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurableApplicationContext context;
    Http http;
    String sibiso;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        sibiso = PeopleFixtures.system(http, "SIBISO", PeopleRegistryIT.ALL_SCOPES);
        if (LISTENING.compareAndSet(false, true)) {
            context.addApplicationListener(e -> {
                if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof PersonMerged m) {
                    MERGES.add(m);
                }
            });
        }
    }

    private UUID register(String bearer, Person p, boolean withCurp) {
        var r = PeopleFixtures.post(http, bearer, "/api/sharing/people",
                p.json(withCurp).replaceFirst("^\\{", "{\"confirmed\":true,"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return UUID.fromString(PeopleFixtures.json(r.body()).path("key").asString());
    }

    private Release read(String user, UUID key) {
        return people.releaseForStaff(accounts.loadUserByUsername(user), key, PURPOSE, "case-" + key, null)
                .orElseThrow();
    }

    @Test
    void anotherAgencyReadsWhatTheAgreementAllowsOnlyWhileThePersonConsents() {
        Person p = Person.unique();
        UUID key = register(sibiso, p, true);
        assertThat(people.find(key)).contains(new PersonRef(key, "SIBISO"));
        assertThat(people.consentSubjects(key)).containsExactly("person:" + key);

        Release own = read("sibiso.staff", key);
        assertThat(own.decision()).isEqualTo("granted");
        assertThat(own.released()).containsEntry("email", p.email()).containsEntry("curp", p.curp());

        Release before = read("dif.staff", key);
        assertThat(before.decision()).isEqualTo("denied");
        assertThat(before.denied()).containsEntry("curp", "no_consent").containsEntry("phone", "not_in_agreement");
        WebSession dif = new WebSession(port);
        dif.login("dif.staff", PeopleFixtures.PW);
        assertThat(dif.get("/workspace/people/" + key + "?purpose=" + PURPOSE).body())
                .contains("Withheld (no consent)", "Withheld (not in the agreement)").doesNotContain(p.given());

        var refused = dif.post("/workspace/people/" + key + "/consent", List.of(entry("consentPurpose", PURPOSE),
                entry("given", "true")));
        assertThat(refused.statusCode()).as("only the holder records consent").isEqualTo(403);
        WebSession holder = new WebSession(port);
        holder.login("sibiso.staff", PeopleFixtures.PW);
        assertThat(holder.get("/workspace/people/" + key + "?purpose=" + PURPOSE).body())
                .contains("id=\"person-consent-program-eligibility\">Not asked<");
        var given = holder.post("/workspace/people/" + key + "/consent", List.of(entry("purpose", PURPOSE),
                entry("consentPurpose", PURPOSE), entry("given", "true")));
        assertThat(given.statusCode()).isEqualTo(302);
        assertThat(holder.get(WebSession.location(given)).body()).contains("consent is recorded.",
                "id=\"person-consent-program-eligibility\">Given<");
        Release after = read("dif.staff", key);
        assertThat(after.decision()).isEqualTo("partial");
        assertThat(after.released().keySet()).containsExactlyInAnyOrderElementsOf(AGREED);
        assertThat(after.released()).containsEntry("given_names", p.given()).containsEntry("curp", p.curp());
        assertThat(after.denied()).containsOnlyKeys("sex", "phone", "email", "address");
        assertThat(dif.get("/workspace/people/" + key + "?purpose=" + PURPOSE).body()).contains(p.given(), p.curp())
                .doesNotContain(p.email(), "person-contact");
        String difSystem = PeopleFixtures.system(http, "DIF-CDMX", "\"people.person:read\"");
        var api = PeopleFixtures.get(http, difSystem, "/api/sharing/people/" + key + "?fields=curp,phone", PURPOSE);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(PeopleFixtures.json(api.body()).path("released").path("curp").asString()).isEqualTo(p.curp());
        assertThat(PeopleFixtures.json(api.body()).path("denied").path("phone").asString()).isEqualTo("not_in_agreement");

        holder.post("/workspace/people/" + key + "/consent", List.of(entry("consentPurpose", PURPOSE),
                entry("given", "false")));
        Release withdrawn = read("dif.staff", key);
        assertThat(withdrawn.decision()).isEqualTo("denied");
        assertThat(withdrawn.denied()).containsEntry("given_names", "consent_withdrawn");

        Release nypd = read("nypd.staff", key);
        assertThat(nypd.decision()).isEqualTo("denied");
        assertThat(nypd.denied()).containsEntry("curp", "no_agreement");
        assertThat(read("analyst", key).denied()).containsEntry("curp", "not_allowed_for_role");

        List<AuditEntry> reads = audit.about("people.person", "person:" + key).stream()
                .filter(e -> e.record().action().equals("read")).toList();
        assertThat(reads.size()).isGreaterThanOrEqualTo(8);
        assertThat(reads).extracting(e -> e.record().actor()).contains("sibiso.staff", "dif.staff", "nypd.staff",
                "analyst");
        assertThat(reads).anySatisfy(e -> assertThat(e.record().actorKind()).isEqualTo("system"));
        AuditEntry difRead = reads.stream().filter(e -> e.record().actor().equals("dif.staff")
                && e.record().decision().equals("partial")).findFirst().orElseThrow();
        assertThat(difRead.record().fields()).containsExactlyInAnyOrderElementsOf(AGREED);
        assertThat(difRead.record().purpose()).isEqualTo(PURPOSE);
        assertThat(reads.toString()).doesNotContain(p.given(), p.curp(), p.email());
        assertThat(audit.about("people.person", "person:" + key)).extracting(e -> e.record().action())
                .contains("create", "consent_given", "consent_withdrawn");
    }

    @Test
    void aSupervisorMergesTwoRecordsAndTheMergedKeyLeadsToTheSurvivor() {
        Person p = Person.unique();
        Person other = Person.unique();
        UUID survivor = register(sibiso, new Person(p.curp(), p.given(), p.first(), p.second(), p.birth(), p.sex(),
                null, null), true);
        Person noCurp = new Person(null, p.given(), p.first(), null, p.birth(), p.sex(), other.phone(), other.email());
        UUID merged = register(sibiso, noCurp, false);
        governance.consent("person:" + merged, PURPOSE, null, true, "sibiso.staff", "agent", "people.person");

        WebSession staff = new WebSession(port);
        staff.login("sibiso.staff", PeopleFixtures.PW);
        assertThat(staff.get("/workspace/people/merge").statusCode()).isEqualTo(403);

        WebSession sup = new WebSession(port);
        sup.login("sibiso.supervisor", PeopleFixtures.PW);
        assertThat(sup.get("/workspace/people/" + survivor + "?purpose=" + PURPOSE).body()).contains("person-merge");
        var side = sup.get("/workspace/people/merge?a=" + survivor + "&b=" + merged);
        assertThat(side.body()).contains("merge-table", p.curp(), noCurp.email(), "merge-keep-a");
        var self = sup.post("/workspace/people/merge", List.of(entry("a", survivor.toString()),
                entry("b", survivor.toString()), entry("survivor", "a")));
        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(self.body()).contains("cannot be merged into itself");

        var done = sup.post("/workspace/people/merge", List.of(entry("a", survivor.toString()),
                entry("b", merged.toString()), entry("survivor", "a")));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        assertThat(WebSession.location(done)).contains("/workspace/people/" + survivor, "merged=" + merged);

        assertThat(people.find(merged)).contains(new PersonRef(survivor, "SIBISO"));
        assertThat(people.consentSubjects(merged)).containsExactlyInAnyOrder("person:" + survivor, "person:" + merged);
        Release afterMerge = read("sibiso.staff", merged);
        assertThat(afterMerge.released()).as("the survivor keeps its values and takes the merged one's where empty")
                .containsEntry("curp", p.curp()).containsEntry("second_surname", p.second())
                .containsEntry("email", other.email()).containsEntry("phone", other.phone());
        assertThat(read("dif.staff", survivor).released()).as("the merged record's consent counts")
                .containsKey("given_names");
        assertThat(sup.get("/workspace/people/" + merged).statusCode()).isEqualTo(302);

        assertThat(MERGES).anySatisfy(m -> {
            assertThat(m.survivor()).isEqualTo(survivor);
            assertThat(m.merged()).isEqualTo(merged);
            assertThat(m.by()).isEqualTo("sibiso.supervisor");
        });
        String document = jdbc.sql("select document from sharing.outbox where type = 'org.onecity.person.merged'"
                + " and subject = ?").param("person:" + survivor).query(String.class).single();
        assertThat(document).contains(survivor.toString(), merged.toString(), "SIBISO")
                .doesNotContain(p.curp(), p.given(), p.first(), noCurp.email(), noCurp.phone());
        assertThat(audit.about("people.person", "person:" + merged)).extracting(e -> e.record().action())
                .contains("merge");

        var again = sup.post("/workspace/people/merge", List.of(entry("a", survivor.toString()),
                entry("b", merged.toString()), entry("survivor", "a")));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already been merged");
    }

    @Test
    void mergingRecordsOfTwoHoldersIsForAdministratorsOnly() {
        UUID ours = register(sibiso, Person.unique(), true);
        String dif = PeopleFixtures.system(http, "DIF-CDMX", PeopleRegistryIT.ALL_SCOPES);
        UUID theirs = register(dif, Person.unique(), true);
        WebSession sup = new WebSession(port);
        sup.login("sibiso.supervisor", PeopleFixtures.PW);
        sup.get("/workspace/people/merge?a=" + ours + "&b=" + theirs);
        var refused = sup.post("/workspace/people/merge", List.of(entry("a", ours.toString()),
                entry("b", theirs.toString()), entry("survivor", "a")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(people.find(theirs)).contains(new PersonRef(theirs, "DIF-CDMX"));

        WebSession admin = new WebSession(port);
        admin.login("admin", PeopleFixtures.PW);
        admin.get("/workspace/people/merge?a=" + ours + "&b=" + theirs);
        var merged = admin.post("/workspace/people/merge", List.of(entry("a", ours.toString()),
                entry("b", theirs.toString()), entry("survivor", "a")));
        assertThat(merged.statusCode()).isEqualTo(302);
        assertThat(people.find(theirs)).contains(new PersonRef(ours, "SIBISO"));
        String agencies = jdbc.sql("select array_to_string(agencies, ',') from sharing.outbox"
                + " where type = 'org.onecity.person.merged' and subject = ?").param("person:" + ours)
                .query(String.class).single();
        assertThat(agencies).isEqualTo("SIBISO,DIF-CDMX");
    }

    @Test
    void aSystemBreaksTheGlassOnAPersonForTheFieldsItNamesAndIsFlaggedForReview() {
        Person p = Person.unique();
        UUID key = register(sibiso, p, true);
        String nypd = PeopleFixtures.system(http, "NYPD", "\"people.person:read\"");
        String path = "/api/sharing/people/" + key;
        var before = PeopleFixtures.get(http, nypd, path + "?fields=given_names,phone", "emergency");
        assertThat(before.statusCode()).as("no agreement: nothing").isEqualTo(403);
        assertThat(PeopleFixtures.json(before.body()).path("denied").path("phone").asString()).isEqualTo("no_agreement");

        long grants = jdbc.sql("select count(*) from sharing.break_glass").query(Long.class).single();
        var shortReason = PeopleFixtures.post(http, nypd, path + "/break-glass", "{\"reason\":\"urgent\"}");
        var unknownField = PeopleFixtures.post(http, nypd, path + "/break-glass",
                "{\"reason\":\"Missing child, the caller is the mother\",\"fields\":[\"salary\"]}");
        var tooLong = PeopleFixtures.post(http, nypd, path + "/break-glass",
                "{\"reason\":\"Missing child, the caller is the mother\",\"minutes\":481}");
        var unknown = PeopleFixtures.post(http, nypd, "/api/sharing/people/" + UUID.randomUUID() + "/break-glass",
                "{\"reason\":\"Missing child, the caller is the mother\"}");
        assertThat(List.of(shortReason.statusCode(), unknownField.statusCode(), tooLong.statusCode(),
                unknown.statusCode())).containsExactly(400, 400, 400, 404);
        assertThat(jdbc.sql("select count(*) from sharing.break_glass").query(Long.class).single())
                .as("nothing written for a refused grant").isEqualTo(grants);

        var granted = PeopleFixtures.post(http, nypd, path + "/break-glass",
                "{\"reason\":\"Missing child, the caller is the mother\",\"minutes\":30,\"fields\":[\"phone\"]}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        assertThat(PeopleFixtures.json(granted.body()).path("flaggedForReview").asBoolean()).isTrue();
        var during = PeopleFixtures.json(PeopleFixtures.get(http, nypd, path + "?fields=given_names,phone",
                "emergency").body());
        assertThat(during.path("decision").asString()).isEqualTo("break_glass");
        assertThat(during.path("released").path("phone").asString().replaceAll("[^0-9]", ""))
                .isEqualTo(p.phone().replaceAll("[^0-9]", ""));
        assertThat(during.path("denied").path("given_names").asString()).isEqualTo("not_in_break_glass");
        assertThat(governance.toReview()).anySatisfy(g -> {
            assertThat(g.subject()).isEqualTo("person:" + key);
            assertThat(g.dataset()).isEqualTo("people.person");
            assertThat(g.fields()).containsExactly("phone");
        });
        assertThat(audit.about("people.person", "person:" + key)).extracting(e -> e.record().action() + " "
                + e.record().decision()).contains("break_glass break_glass", "read break_glass", "read denied");
    }

    @Test
    void staffOfAnotherAgencyBreakTheGlassOnThePersonPageForTheDetailsTheyName() {
        Person p = Person.unique();
        UUID key = register(sibiso, p, true);
        String page = "/workspace/people/" + key;
        WebSession nypd = new WebSession(port);
        nypd.login("nypd.staff", PeopleFixtures.PW);
        String before = nypd.get(page + "?purpose=service-delivery").body();
        assertThat(before).contains("id=\"person-emergency\"").doesNotContain("id=\"emergency-banner\"");
        assertThat(before).doesNotContain(p.phone());

        String form = nypd.get(page + "/emergency?purpose=service-delivery").body();
        assertThat(form).contains("id=\"emergency-form\"", "id=\"emergency-field-phone\"");
        long grants = jdbc.sql("select count(*) from sharing.break_glass").query(Long.class).single();
        var refused = nypd.post(page + "/emergency", List.of(entry("purpose", "service-delivery"),
                entry("reason", "urgent"), entry("minutes", "30")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"emergency-reason-error\"", "id=\"emergency-fields-error\"");
        assertThat(jdbc.sql("select count(*) from sharing.break_glass").query(Long.class).single())
                .as("nothing written for a refused grant").isEqualTo(grants);

        var granted = nypd.post(page + "/emergency", List.of(entry("purpose", "service-delivery"),
                entry("reason", "Missing child, the caller is the mother"), entry("fields", "phone"),
                entry("minutes", "30")));
        assertThat(WebSession.location(granted)).endsWith(page + "?purpose=service-delivery");
        String during = nypd.get(page + "?purpose=service-delivery").body();
        assertThat(during).contains("id=\"emergency-banner\"", "Missing child, the caller is the mother",
                "id=\"emergency-audited\"").doesNotContain("id=\"person-emergency\"");
        assertThat(during.replaceAll("[^0-9]", "")).contains(p.phone().replaceAll("[^0-9]", ""));
        assertThat(during).doesNotContain(p.given());
        assertThat(governance.toReview()).anySatisfy(g -> {
            assertThat(g.subject()).isEqualTo("person:" + key);
            assertThat(g.staff()).isTrue();
            assertThat(g.actor()).isEqualTo("nypd.staff");
            assertThat(g.fields()).containsExactly("phone");
        });

        WebSession holder = new WebSession(port);
        holder.login("sibiso.staff", PeopleFixtures.PW);
        assertThat(holder.get(page + "?purpose=service-delivery").body()).doesNotContain("id=\"person-emergency\"");
        assertThat(WebSession.location(holder.get(page + "/emergency"))).as("the holder is sent to the person's page")
                .endsWith(page);
        assertThat(holder.post(page + "/emergency", List.of(entry("reason", "Missing child, the caller is the mother"),
                entry("fields", "phone"), entry("minutes", "30"))).statusCode()).isEqualTo(403);
    }
}
