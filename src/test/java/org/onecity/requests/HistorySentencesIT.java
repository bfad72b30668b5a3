package org.onecity.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecity.catalog.Catalog;
import org.onecity.imports.ImportProgress;
import org.onecity.imports.ImportRequest;
import org.onecity.imports.Imports;
import org.onecity.shared.Actor;
import org.onecity.shared.Language;
import org.onecity.shared.LocalText;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.OldHistoryLines;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A history line is said from its stored sentence, not from its English note; the migration that keys
 * lines stored before reads each old sentence as the pages did; the bulk import keys its lines too.
 */
class HistorySentencesIT extends IntegrationBase {

    @LocalServerPort int port;
    @Autowired RequestIntake intake;
    @Autowired RequestQueries queries;
    @Autowired RequestCoordination coordination;
    @Autowired Feedback feedback;
    @Autowired RequestTexts texts;
    @Autowired Catalog catalog;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @Test
    void aLineIsSaidFromItsKeyWhateverItsNoteSays() {
        String n = file();
        assertThat(jdbc.sql("""
                select h.kind || ':' || h.text_key from requests.history h join requests.service_request r on r.id = h.request_id
                where r.number = ? order by h.id""").param(n).query(String.class).list())
                .containsExactly("submitted:history.received", "note:history.routed");
        jdbc.sql("""
                update requests.history set note = 'Zzz' where kind = 'submitted'
                and request_id = (select id from requests.service_request where number = ?)""").param(n).update();
        assertThat(new WebSession(port).get("/track/" + n + "?lang=es").body()).contains("Solicitud recibida por la web")
                .doesNotContain("Zzz");
        assertThat(new WebSession(port).get("/open311/v2/requests/" + n + ".json?extensions=true").body())
                .as("API clients read the stored note").contains("Zzz");
    }

    @Test
    void anAskToReopenAMergedRequestReachesItsParentWithItsSentence() {
        String child = file();
        String parent = file();
        coordination.merge(child, parent, Actor.staff("dsny.staff"));
        assertThat(feedback.askToReopen(child, "Sigue sucio")).isTrue();
        HistoryEntry sent = queries.history(parent, false).stream().filter(h -> h.kind().equals("note")
                && h.actorKind().equals("resident")).findFirst().orElseThrow();
        assertThat(sent.note()).isEqualTo("The resident asked to reopen: Sigue sucio (sent to " + child + ")");
        assertThat(texts.text(sent, "DSNY", Language.SPANISH).text())
                .isEqualTo("El residente pidió reabrirla: Sigue sucio (enviada a " + child + ")");
    }

    @Test
    void linesStoredBeforeAreKeyedAsThePagesReadThem() {
        String n = file();
        String dsny = catalog.agency("DSNY").orElseThrow().name().in(Language.SPANISH);
        String dot = catalog.agency("DOT").orElseThrow().name().in(Language.SPANISH);
        String service = catalog.service("dsny-dirty-condition").orElseThrow().name().in(Language.SPANISH);
        String chief = catalog.agency("DSNY").orElseThrow().escalationLevel(1).orElseThrow().title().in(Language.SPANISH);
        Map<String, String> old = new LinkedHashMap<>();
        old.put("submitted|system|Request received by phone|{}", "Solicitud recibida por teléfono");
        old.put("submitted|system|Request received by web (imported from nyc-311)|{}",
                "Solicitud recibida por la web (importada de nyc-311)");
        old.put("submitted|system|Request received by web (imported from a\nb)|{}", "=");
        old.put("note|system|Routed to DSNY (rule 7: Trash\nin Manhattan)|{}",
                "Dirigida a " + dsny + " (regla 7: Trash\nin Manhattan)");
        old.put("note|system|Routed to DSNY (service dsny-dirty-condition is owned by DSNY)|{}",
                "Dirigida a " + dsny + " (el servicio " + service + " corresponde a " + dsny + ")");
        old.put("note|system|Routed to DSNY (by hand)|{}", "Dirigida a " + dsny + " (by hand)");
        old.put("note|staff|Routed to DSNY (by hand)|{}", "=");
        old.put("duplicate_suggested|system|Likely the same problem as 311-5|{}", "Probablemente el mismo problema que 311-5");
        old.put("assigned|staff|Assigned to ana|{\"assignee\": \"ana\"}", "Asignada a ana");
        old.put("assigned|staff|Assigned to ana|{}", "=");
        old.put("merged|staff|Duplicate of 311-5: follow that request for updates|{\"parent\": \"311-5\"}",
                "Duplicada de 311-5: siga esa solicitud para ver las novedades");
        old.put("merged|staff|Merged duplicate 311-6|{\"child\": \"311-6\"}", "Se unió la solicitud duplicada 311-6");
        old.put("escalated|system|Overdue: escalated to level 1 (Whoever)|{}", "Vencida: escalada al nivel 1 (" + chief + ")");
        old.put("escalated|system|Overdue: escalated to level 9 (Chief of all)|{}", "Vencida: escalada al nivel 9 (Chief of all)");
        old.put("reopened|staff|Reopened at the resident's request: Sigue sucio|{}", "Reabierta a pedido del residente: Sigue sucio");
        old.put("note|resident|The resident asked to reopen: Sigue\nsucio (sent to 311-6)|{}",
                "El residente pidió reabrirla: Sigue\nsucio (sent to 311-6)");
        old.put("note|staff|Call back (sent to 311-6)|{}", "Call back (enviada a 311-6)");
        old.put("note|staff|Referred to Department of Transportation|{\"referred_to\": \"DOT\"}", "Remitida a " + dot);
        old.put("note|staff|Referred to " + catalog.agency("DSNY").orElseThrow().name().english() + "|{}", "Remitida a " + dsny);
        old.put("note|staff|Referred to Nobody We Know|{}", "=");
        old.put("note|staff|Just a note|{}", "=");
        old.put("status_changed|system|Updated from nyc-311|{}", "=");
        long id = jdbc.sql("select id from requests.service_request where number = ?").param(n).query(Long.class).single();
        jdbc.sql("delete from requests.history where request_id = ?").param(id).update();
        old.keySet().forEach(line -> {
            String[] f = line.split("\\|", -1);
            jdbc.sql("""
                    insert into requests.history (request_id, at, actor, actor_kind, kind, note, public, details)
                    values (?, now(), 'someone', ?, ?, ?, true, ?::jsonb)""").params(id, f[1], f[0], f[2], f[3]).update();
        });
        OldHistoryLines.key(jdbc);
        List<String> said = texts.lines(queries.history(n, false), "DSNY", Language.SPANISH).stream()
                .map(l -> l.text().text()).toList();
        List<String> expected = old.entrySet().stream()
                .map(e -> e.getValue().equals("=") ? e.getKey().split("\\|", -1)[2] : e.getValue()).toList();
        assertThat(said).containsExactlyElementsOf(expected);
        LocalText byHand = texts.lines(queries.history(n, false), "DSNY", Language.SPANISH).get(5).text();
        assertThat(byHand.parts()).as("a reason there is only in English is marked English")
                .contains(new LocalText.Part("by hand", "en"));
    }

    @Test
    void theBulkImportKeysItsReceivedLine() throws IOException {
        String source = "sentences-" + System.nanoTime();
        HistoryEntry received = importOne(source);
        assertThat(received.note()).isEqualTo("Request received by web (imported from " + source + ")");
        assertThat(received.details()).isEqualTo(Map.of("channel", "web", "source", source));
        assertThat(received.said()).isEqualTo(Sentence.of("history.receivedImported", new Sentence.ChannelName("web"),
                Sentence.text(source)));
        assertThat(new WebSession(port).get("/track/" + received.requestNumber() + "?lang=es").body())
                .contains("Solicitud recibida por la web (importada de " + source + ")");

        String odd = "odd \"quoted\" \\ source " + System.nanoTime();
        HistoryEntry oddly = importOne(odd);
        assertThat(oddly.details()).as("the source is JSON-escaped").isEqualTo(Map.of("channel", "web", "source", odd));
        assertThat(oddly.said()).isEqualTo(Sentence.of("history.receivedImported", new Sentence.ChannelName("web"),
                Sentence.text(odd)));
    }

    /** Imports one row under the source; its received line. */
    private HistoryEntry importOne(String source) throws IOException {
        Path file = dir.resolve(System.nanoTime() + ".csv");
        Files.writeString(file, String.join("\r\n", "Created Date,Unique Key,Closed Date,Agency,Complaint Type,"
                        + "Descriptor,Status,Resolution Description,Incident Address,Incident Zip,Latitude,Longitude,"
                        + "Open Data Channel Type",
                "03/05/2011 10:00:00 AM,2001,,DOT,Street Sign - Dangling,,Open,,1 MAIN STREET,11201,40.6608,-73.9985,ONLINE")
                + "\r\n", StandardCharsets.UTF_8);
        imports.run(new ImportRequest("nyc311-export", file, null, source), ImportProgress.NONE);
        return queries.history(source.toUpperCase() + "-2001", true).get(0);
    }


    private String file() {
        return intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.WEB, "x", null, null,
                "Broadway & W 4th St", null, null, Map.of("descriptor", List.of("trash")), Requester.ANONYMOUS,
                List.of(), List.of(), "en", null, null, null)).request().number();
    }
}
