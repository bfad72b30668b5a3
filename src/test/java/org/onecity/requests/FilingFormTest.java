package org.onecity.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.catalog.AttributeValue;
import org.onecity.catalog.Datatype;
import org.onecity.catalog.FormValidation;
import org.onecity.catalog.Open311Type;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceType;
import org.onecity.shared.Texts;

/**
 * A refused form says, per field, the message key of what is wrong with it: from the kind of problem
 * the catalog found, not from its English message (an attribute named pole_number whose answer is
 * HTML is invalid, not "not a number").
 */
class FilingFormTest {

    private static final ServiceType SERVICE = new ServiceType("lights-out", "DOT", Texts.en("Street light out"),
            Texts.en("A light"), Texts.en("Streets"), Map.of(), 48, Open311Type.REALTIME, true, List.of(
            attribute("pole_number", Datatype.STRING, false, 1),
            attribute("height", Datatype.NUMBER, false, 2),
            attribute("scheduled_date", Datatype.DATETIME, false, 3),
            attribute("colour", Datatype.SINGLEVALUELIST, false, 4),
            attribute("seen", Datatype.STRING, true, 5)));

    @Test
    void eachRefusedAnswerGetsTheKeyOfItsProblem() {
        Map<String, List<String>> raw = Map.of("pole_number", List.of("<b>12</b>"), "height", List.of("tall"),
                "scheduled_date", List.of("tomorrow"), "colour", List.of("number 5"));
        var c = new SubmitRequest(SERVICE.code(), Channel.WEB, null, null, null, "1 Main St", null, null, raw,
                Requester.ANONYMOUS, List.of(), List.of(), "en", null, null, null);
        var refused = new RequestRejected(IntakeChecks.check(c, SERVICE, FormValidation.check(SERVICE, raw), true));
        assertThat(refused.getMessage()).as("API clients read the English").contains("attribute[height] must be a number");
        assertThat(FilingForm.errors(SERVICE, refused)).containsExactly(
                Map.entry("attr-pole_number", "error.invalid"),
                Map.entry("attr-height", "error.number"),
                Map.entry("attr-scheduled_date", "error.datetime"),
                Map.entry("attr-colour", "error.invalid"),
                Map.entry("attr-seen", "error.required"));
    }

    private static ServiceAttribute attribute(String code, Datatype type, boolean required, int order) {
        return new ServiceAttribute(code, type, required, true, order, Texts.en(code), null,
                type == Datatype.SINGLEVALUELIST ? List.of(new AttributeValue("red", Texts.en("Red"))) : List.of());
    }
}
