package org.onecity.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.onecity.requests.Sentence.AgencyName;
import org.onecity.requests.Sentence.ChannelName;
import org.onecity.routing.RoutingDecision;
import org.onecity.shared.Language;
import org.onecity.shared.LocalText;
import org.onecity.shared.LocalText.Part;
import org.onecity.shared.Texts;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * History lines are said from their sentence, whatever their stored note says; lines without one
 * show their note; sentences survive their trip through requests.history.text_args.
 */
class RequestTextsTest {

    private static final Language CHINESE = Language.SUPPORTED.stream().filter(l -> l.code().equals("zh")).findFirst()
            .orElseThrow();

    private final RequestTexts texts = new RequestTexts(new SentenceRenderer(bundles(), new Names()));

    @Test
    void aLineIsSaidFromItsKeyNotFromItsStoredNote() {
        HistoryEntry h = line("submitted", "Something else entirely", Sentence.of("history.received", new ChannelName("web")));
        assertThat(texts.text(h, "DSNY", Language.SPANISH).text()).isEqualTo("Solicitud recibida por la web");
        assertThat(texts.text(h, "DSNY", Language.ENGLISH).text()).isEqualTo("Request received by web");
        assertThat(texts.text(h, "DSNY", CHINESE).parts()).containsExactly(new Part("Request received by web", "en"));
    }

    @Test
    void aPersonsNoteIsShownAsWritten() {
        HistoryEntry h = line("note", "Routed to DSNY (rule 1: x)", null);
        assertThat(texts.text(h, "DSNY", Language.SPANISH).parts()).containsExactly(new Part("Routed to DSNY (rule 1: x)", null));
    }

    @Test
    void routingSaysTheCatalogsNamesInThePageLanguage() {
        var owner = HistoryNotes.routed(new RoutingDecision("DSNY", null, null, "service dirty is owned by DSNY", null), "dirty");
        assertThat(owner.note()).isEqualTo("Routed to DSNY (service dirty is owned by DSNY)");
        assertThat(texts.text(line("note", owner.note(), owner.sentence()), "DSNY", Language.SPANISH).text())
                .isEqualTo("Dirigida a Sanidad (el servicio Condición sucia corresponde a Sanidad)");
        var rule = HistoryNotes.routed(new RoutingDecision("DOT", null, 3L, "rule 3: Potholes", "Potholes"), "dirty");
        assertThat(rule.note()).isEqualTo("Routed to DOT (rule 3: Potholes)");
        LocalText es = texts.text(line("note", rule.note(), rule.sentence()), "DOT", Language.SPANISH);
        assertThat(es.text()).isEqualTo("Dirigida a DOT (regla 3: Potholes)");
    }

    @Test
    void escalationTitlesComeFromTheChainElseFromTheEnglishWritten() {
        var said = HistoryNotes.escalated(1, "District superintendent");
        assertThat(said.note()).isEqualTo("Overdue: escalated to level 1 (District superintendent)");
        assertThat(texts.text(line("escalated", said.note(), said.sentence()), "DSNY", Language.SPANISH).text())
                .isEqualTo("Vencida: escalada al nivel 1 (Superintendente del distrito)");
        assertThat(texts.text(line("escalated", said.note(), said.sentence()), "DOT", Language.SPANISH).parts())
                .containsExactly(new Part("Vencida: escalada al nivel 1 (", null), new Part("District superintendent", "en"),
                        new Part(")", null));
    }

    @Test
    void aReferralToAnAgencyTheCatalogDoesNotKnowShowsItsNote() {
        HistoryEntry known = line("note", "Referred to Sanitation", Sentence.of("history.referred", new AgencyName("Sanitation")));
        assertThat(texts.text(known, "DSNY", Language.SPANISH).text()).isEqualTo("Remitida a Sanidad");
        HistoryEntry unknown = line("note", "Referred to Parks", Sentence.of("history.referred", new AgencyName("Parks")));
        assertThat(texts.text(unknown, "DSNY", Language.SPANISH).parts()).containsExactly(new Part("Referred to Parks", null));
    }

    @Test
    void aNoteSentOnToTheParentKeepsItsOwnSentence() {
        var said = HistoryNotes.sentTo(HistoryNotes.askedToReopen("Sigue sucio"), "311-8");
        assertThat(said.note()).isEqualTo("The resident asked to reopen: Sigue sucio (sent to 311-8)");
        assertThat(texts.text(line("note", said.note(), said.sentence()), "DSNY", Language.SPANISH).text())
                .isEqualTo("El residente pidió reabrirla: Sigue sucio (enviada a 311-8)");
    }

    @Test
    void refusalsAreSaidWithTheirStatusesInThePageLanguage() {
        var e = RequestRejected.conflict("request 311-1 cannot move from closed to assigned",
                Sentence.of("refusal.cannotMove", Sentence.text("311-1"), Sentence.status(RequestStatus.CLOSED),
                        Sentence.status(RequestStatus.ASSIGNED)));
        assertThat(texts.refusal(e, Language.SPANISH).text()).isEqualTo("La solicitud 311-1 no puede pasar de Cerrada a Asignada.");
        assertThat(texts.refusal(RequestRejected.invalid("x", "something new"), Language.SPANISH).parts())
                .containsExactly(new Part("something new", "en"));
    }

    @Test
    void sentencesSurviveTheirTripThroughTheDatabase() {
        Sentence routed = HistoryNotes.routed(new RoutingDecision("DOT", null, 3L, "rule 3: P", "P"), "dirty").sentence();
        assertThat(SentenceJson.read(routed.key(), SentenceJson.args(routed))).isEqualTo(routed);
        Sentence escalated = HistoryNotes.escalated(2, "Chief").sentence();
        // jsonb keeps an object's keys ordered by length, not as written
        assertThat(SentenceJson.read("history.escalated", "[{\"text\": \"2\"}, {\"title\": \"Chief\", \"escalation\": 2}]"))
                .isEqualTo(escalated);
        assertThat(SentenceJson.read(null, "[]")).isNull();
    }

    private static HistoryEntry line(String kind, String note, Sentence said) {
        return new HistoryEntry(1, "311-1", Instant.EPOCH, "system", "system", kind, null, null, note, true, Map.of(), said);
    }

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    /** A catalog of one agency with a chain, one service. */
    private static final class Names implements SentenceRenderer.Names {
        private static final Texts SANITATION = new Texts(Map.of("en", "Sanitation", "es", "Sanidad"));

        @Override
        public Optional<Texts> agency(String code) {
            return code.equals("DSNY") ? Optional.of(SANITATION) : Optional.empty();
        }

        @Override
        public Optional<Texts> agencyNamed(String english) {
            return english.equals("Sanitation") ? Optional.of(SANITATION) : Optional.empty();
        }

        @Override
        public Optional<Texts> service(String code) {
            return code.equals("dirty") ? Optional.of(new Texts(Map.of("en", "Dirty condition", "es", "Condición sucia")))
                    : Optional.empty();
        }

        @Override
        public Optional<Texts> escalationTitle(String agencyCode, int level) {
            return "DSNY".equals(agencyCode) && level == 1
                    ? Optional.of(new Texts(Map.of("en", "District superintendent", "es", "Superintendente del distrito")))
                    : Optional.empty();
        }
    }
}
