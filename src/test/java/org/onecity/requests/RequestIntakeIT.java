package org.onecity.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onecity.catalog.AttributeValue;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.Datatype;
import org.onecity.catalog.Open311Type;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceType;
import org.onecity.shared.Texts;
import org.onecity.testing.IntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;

/** What intake answers is exactly what a later read finds, and its history is written in order. */
class RequestIntakeIT extends IntegrationBase {

    @Autowired Catalog catalog;
    @Autowired RequestIntake intake;
    @Autowired RequestQueries queries;

    private ServiceType service() {
        String code = "intake-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        var form = List.of(
                new ServiceAttribute("size", Datatype.NUMBER, true, true, 1, Texts.en("How big?"), null, List.of()),
                new ServiceAttribute("where", Datatype.MULTIVALUELIST, false, true, 2, Texts.en("Where?"), null,
                        List.of(new AttributeValue("curb", Texts.en("Curb")),
                                new AttributeValue("sidewalk", Texts.en("Sidewalk")))));
        return catalog.saveService(new ServiceType(code, "DSNY", Texts.en("Service " + code),
                Texts.en("A service of the intake tests"), Texts.en("Tests"), Map.of(), 48, Open311Type.REALTIME,
                true, form));
    }

    private SubmitRequest at(ServiceType service, double lat, double lon) {
        return new SubmitRequest(service.code(), Channel.API, "Bags left on the curb", lat, lon, null, null, null,
                Map.of("size", List.of("3"), "where", List.of("sidewalk", "curb")),
                new Requester("Ana", "Ruiz", "ana@example.org", null, null, null), List.of(), List.of(), "es",
                null, null, null);
    }

    @Test
    void theAnsweredRequestIsTheOneStoredWithItsLikelyParentAndHistoryInOrder() {
        var service = service();
        var first = intake.submit(at(service, 40.7420, -73.9890));
        assertThat(first.created()).isTrue();
        assertThat(first.likelyDuplicates()).isEmpty();
        assertThat(first.request()).isEqualTo(queries.find(first.request().number()).orElseThrow());

        var second = intake.submit(at(service, 40.74205, -73.98905));
        var stored = queries.find(second.request().number()).orElseThrow();
        assertThat(second.request()).isEqualTo(stored);
        assertThat(stored.likelyParentNumber()).isEqualTo(first.request().number());
        assertThat(stored.attributes()).containsEntry("where", List.of("sidewalk", "curb"));
        assertThat(stored.districts().code("borough")).isNotNull();
        assertThat(second.likelyDuplicates()).containsExactly(first.request().number());
        assertThat(queries.history(stored.number(), false)).extracting(HistoryEntry::kind)
                .containsExactly("submitted", "note", "duplicate_suggested");
        assertThat(queries.history(stored.number(), true)).extracting(HistoryEntry::kind).containsExactly("submitted");

        var third = intake.submit(at(service, 40.74204, -73.98904));
        String nearest = second.request().number();
        assertThat(third.likelyDuplicates()).as("nearest first").containsExactly(nearest, first.request().number());
        assertThat(third.request().likelyParentNumber()).isEqualTo(nearest);
        assertThat(third.request().serviceNotice())
                .isEqualTo("Expected within 48 hours. A similar open request is nearby: " + nearest + ".");
        var suggestion = queries.history(third.request().number(), false).get(2);
        assertThat(suggestion.note()).isEqualTo("Likely the same problem as " + nearest);
        assertThat(suggestion.details()).containsEntry("candidates", List.of(nearest, first.request().number()));
        assertThat(third.request()).isEqualTo(queries.find(third.request().number()).orElseThrow());
    }

    @Test
    void aRequestWithPhotoLinksIsReadBackWithThem() {
        var service = service();
        var c = at(service, 40.70, -73.95);
        var withUrl = new SubmitRequest(c.serviceCode(), c.channel(), c.description(), c.lat(), c.lon(), null, null,
                null, c.attributes(), c.requester(), List.of(), List.of("https://photos.example.org/1.jpg"), "en",
                null, null, null);
        var submitted = intake.submit(withUrl);
        assertThat(submitted.request().externalMediaUrls()).containsExactly("https://photos.example.org/1.jpg");
        assertThat(submitted.request()).isEqualTo(queries.find(submitted.request().number()).orElseThrow());
    }
}
