package org.onecity.sharing;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onecity.requests.RequestQueries;
import org.onecity.sharing.outbox.OutboxDelivery;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.SharingFixtures;
import org.onecity.testing.SharingFixtures.Person;
import org.onecity.vault.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sharing benchmark (bench/sharing/run.sh; not part of the test suite): outbox throughput to a
 * local webhook receiver and to embedded Kafka against direct sends of the same documents, and the
 * cost of field encryption and of the release decision on requester reads against plain reads.
 */
class SharingBench extends IntegrationBase {

    static final EmbeddedKafkaKraftBroker KAFKA = new EmbeddedKafkaKraftBroker(1, 1, "onecity.requests");
    static final int EVENTS = Integer.getInteger("bench.events", 2000);
    static final int READS = Integer.getInteger("bench.reads", 2000);

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        KAFKA.afterPropertiesSet();
        registry.add("logging.level.org.apache.kafka", () -> "warn");
        registry.add("logging.level.kafka", () -> "warn");
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBrokersAsString);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    RequestQueries queries;
    @Autowired
    ReleaseDecisions decisions;
    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    PersonalData personal;
    @Autowired
    org.onecity.people.registry.Registration registration;
    @Autowired
    org.onecity.people.registry.PersonStore personStore;
    @Autowired
    org.onecity.people.People people;

    @Test
    void run() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        receiver.createContext("/hook", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        String url = "http://localhost:" + receiver.getAddress().getPort() + "/hook";
        Http http = new Http(port);
        SharingIT.system(http, "bench-hook", "DSNY", "\"events:receive\"", url);
        StringBuilder out = new StringBuilder("# Sharing benchmark\n\nMeasured in one run by bench/sharing/run.sh on "
                + Runtime.getRuntime().availableProcessors() + " cores, embedded PostgreSQL 17, " + Instant.now()
                + ".\n\n| measure | with | without | ratio |\n|---|---|---|---|\n");

        // Outbox → webhook: EVENTS events over EVENTS/10 requests, against direct signed POSTs of the same bodies.
        List<String> docs = appendEvents("wh");
        jdbc.sql("update sharing.delivery set status = 'delivered', delivered_at = now() where channel = 'kafka'"
                + " and status = 'pending'").update();
        long t0 = System.nanoTime();
        int sent = 0;
        while (sent < EVENTS) {
            int n = delivery.deliverDue(Instant.now());
            sent += n;
            if (n == 0) {
                break;
            }
        }
        double outboxWebhook = sent / secs(t0);
        HttpClient client = HttpClient.newHttpClient();
        t0 = System.nanoTime();
        for (String d : docs) {
            client.send(HttpRequest.newBuilder(URI.create(url)).header(WebhookSignature.TIMESTAMP, "0")
                    .header(WebhookSignature.SIGNATURE, WebhookSignature.sign("secret", 0, d.getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofString(d)).build(), HttpResponse.BodyHandlers.discarding());
        }
        double directWebhook = docs.size() / secs(t0);
        row(out, "webhook delivery, events/s (" + sent + " events; without = direct signed POSTs)", outboxWebhook,
                directWebhook);

        // Outbox → Kafka, against direct synchronous sends.
        jdbc.sql("update sharing.system set disabled_at = now() where code = 'bench-hook'").update();
        docs = appendEvents("kf");
        t0 = System.nanoTime();
        sent = 0;
        while (sent < EVENTS) {
            int n = delivery.deliverDue(Instant.now());
            sent += n;
            if (n == 0) {
                break;
            }
        }
        double outboxKafka = sent / secs(t0);
        t0 = System.nanoTime();
        for (String d : docs) {
            kafka.send("onecity.requests", "direct", d).get(10, TimeUnit.SECONDS);
        }
        double directKafka = docs.size() / secs(t0);
        row(out, "Kafka delivery, events/s (" + sent + " events; without = direct synchronous sends)", outboxKafka,
                directKafka);

        // Requester reads: sealed + blind-indexed vs a plaintext copy; then with the release decision (audited).
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            numbers.add(SharingFixtures.file(http, Person.unique(), 40.70 + i / 10_000.0, -73.95));
        }
        jdbc.sql("create table if not exists public.bench_plain_requester (number text primary key, first_name text,"
                + " last_name text, email text, phone text, device_id text, account_id text)").update();
        for (String n : numbers) {
            var r = queries.requester(n).orElseThrow();
            jdbc.sql("insert into public.bench_plain_requester values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(n, r.firstName(), r.lastName(), r.email(), r.phone(), r.deviceId(), r.accountId()).update();
        }
        Caller caller = new Caller(org.onecity.shared.Actor.system("bench", "DSNY", Set.of()),
                Set.of("first_name", "last_name", "email", "phone", "device_id", "account_id"), false);
        for (int round = 0; round < 2; round++) {
            long plain = timeReads(n -> jdbc.sql("select p.* from public.bench_plain_requester p join"
                    + " requests.service_request r on r.number = p.number where r.number = ?").param(n)
                    .query().singleRow(), numbers);
            long sealed = timeReads(n -> {
                var row = jdbc.sql("select r.id, p.* from requests.requester p join requests.service_request r"
                        + " on r.id = p.request_id where r.number = ?").param(n).query().singleRow();
                long id = ((Number) row.get("id")).longValue();
                for (String c : List.of("first_name", "last_name", "email", "phone", "device_id", "account_id")) {
                    personal.open(PersonalData.context("requests.requester", c, id), (byte[]) row.get(c));
                }
            }, numbers);
            long released = timeReads(n -> {
                var row = jdbc.sql("select p.* from public.bench_plain_requester p join"
                        + " requests.service_request r on r.number = p.number where r.number = ?").param(n)
                        .query().singleRow();
                Map<String, String> v = new java.util.LinkedHashMap<>();
                row.forEach((k, x) -> v.put(k, x == null ? null : x.toString()));
                v.remove("number");
                decisions.decide(new ReleaseDecisions.Ask(caller, "requests.requester", "DSNY", n, "bench", n,
                        Set.of("first_name", "email", "phone")), v);
            }, numbers);
            long both = timeReads(n -> decisions.decide(new ReleaseDecisions.Ask(caller, "requests.requester",
                    "DSNY", n, "bench", n, Set.of("first_name", "email", "phone")),
                    valuesOf(queries.requester(n).orElseThrow())), numbers);
            if (round == 1) {
                row(out, "requester read, µs per read (" + READS + " reads): sealed fields opened vs the same query"
                        + " on a plaintext copy", sealed / 1000.0 / READS, plain / 1000.0 / READS);
                row(out, "requester read with the release decision (and its audit entry) vs without, both plaintext",
                        released / 1000.0 / READS, plain / 1000.0 / READS);
                row(out, "requester read through the facade (sealed) + release decision + audit vs plaintext read",
                        both / 1000.0 / READS, plain / 1000.0 / READS);
            }
        }
        personReads(out);
        out.append("\nEvents are appended in transactions of 10 (one request's worth), then delivered by the outbox job"
                + " on one node (batches claimed with SKIP LOCKED, one HTTP POST or Kafka send at a time, in order per"
                + " request). Read timings are per call, after a warm-up round, through the same JDBC pool; the release decision"
                + " includes its hash-chained audit entry (a locked chain-head row and an insert), which is most of its cost.\n");
        receiver.stop(0);
        Files.createDirectories(Path.of("bench/sharing"));
        Files.writeString(Path.of("bench/sharing/RESULTS.md"), out.toString());
        System.out.println(out);
        KAFKA.destroy();
    }

    private List<String> appendEvents(String prefix) {
        List<String> docs = new ArrayList<>();
        for (int s = 0; s < EVENTS / 10; s++) {
            String subject = "bench-" + prefix + "-" + s;
            tx.executeWithoutResult(st -> {
                for (int i = 0; i < 10; i++) {
                    outbox.append("org.onecity.request.status_changed", subject, List.of("DSNY"),
                            Map.of("number", subject, "seq", i, "to", "in_progress"));
                }
            });
        }
        docs.addAll(jdbc.sql("select document from sharing.outbox where subject like ? order by id")
                .param("bench-" + prefix + "-%").query(String.class).list());
        return docs;
    }

    /**
     * Person reads (the registry, every field sealed): opened through the store vs the same row from a
     * plaintext copy; then through the People facade with the release decision and its audit entry.
     */
    private void personReads(StringBuilder out) {
        String run = String.format("%09d", System.nanoTime() % 1_000_000_000L);
        var seeder = org.onecity.shared.Actor.job("bench", "SIBISO");
        jdbc.sql("create table if not exists public.bench_plain_person (key uuid primary key, curp text,"
                + " given_names text, first_surname text, second_surname text, birth_date text, sex text, phone text,"
                + " email text, address text, alcaldia text)").update();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            var p = registration.register(new org.onecity.people.registry.PersonForm(null, "Banco " + letters(run + "0" + i),
                    "Persona", "Prueba", "1990-01-" + String.format("%02d", 1 + i % 28), "M",
                    String.format("55 6%03d %04d", i, Integer.parseInt(run.substring(0, 4))),
                    "bench" + run + "." + i + "@correo.example", "Calle Banco " + i, "Coyoacán", null, null),
                    "SIBISO", seeder, true).person();
            jdbc.sql("insert into public.bench_plain_person values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(p.key(), p.curp(), p.givenNames(), p.firstSurname(), p.secondSurname(),
                            String.valueOf(p.birthDate()), p.sex(), p.phone(), p.email(), p.address(), p.alcaldia())
                    .update();
            keys.add(p.key().toString());
        }
        var staff = new org.onecity.accounts.StaffUser("bench.sibiso", "Bench", "SIBISO",
                Set.of(org.onecity.accounts.Role.STAFF), null, true, false);
        Set<String> fields = Set.of("given_names", "first_surname", "birth_date", "phone", "email", "address");
        for (int round = 0; round < 2; round++) {
            long plain = timeReads(k -> jdbc.sql("select * from public.bench_plain_person where key = ?")
                    .param(java.util.UUID.fromString(k)).query().singleRow(), keys);
            long sealed = timeReads(k -> personStore.byKey(java.util.UUID.fromString(k)).orElseThrow(), keys);
            long both = timeReads(k -> people.releaseForStaff(staff, java.util.UUID.fromString(k), "bench", "bench",
                    fields).orElseThrow(), keys);
            if (round == 1) {
                row(out, "person read (registry), µs per read: every field sealed, opened vs the same row from a"
                        + " plaintext copy", sealed / 1000.0 / READS, plain / 1000.0 / READS);
                row(out, "person read through the People facade (sealed) + release decision + audit vs plaintext read",
                        both / 1000.0 / READS, plain / 1000.0 / READS);
            }
        }
    }

    /** Digits as letters (names take letters only). */
    private static String letters(String digits) {
        StringBuilder b = new StringBuilder();
        digits.chars().forEach(c -> b.append((char) ('a' + c - '0')));
        return b.toString();
    }

    private static Map<String, String> valuesOf(org.onecity.requests.Requester r) {
        Map<String, String> v = new java.util.LinkedHashMap<>();
        v.put("first_name", r.firstName());
        v.put("last_name", r.lastName());
        v.put("email", r.email());
        v.put("phone", r.phone());
        v.put("device_id", r.deviceId());
        v.put("account_id", r.accountId());
        return v;
    }

    private long timeReads(java.util.function.Consumer<String> read, List<String> numbers) {
        long t0 = System.nanoTime();
        for (int i = 0; i < READS; i++) {
            read.accept(numbers.get(i % numbers.size()));
        }
        return System.nanoTime() - t0;
    }

    private static void row(StringBuilder out, String what, double with, double without) {
        out.append(String.format("| %s | %.1f | %.1f | %.2f |%n", what, with, without, with / without));
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
