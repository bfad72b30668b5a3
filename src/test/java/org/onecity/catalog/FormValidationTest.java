package org.onecity.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.shared.Texts;

class FormValidationTest {

    static ServiceAttribute attr(String code, Datatype type, boolean required, int order, String... keys) {
        return new ServiceAttribute(code, type, required, true, order, Texts.en(code), null,
                java.util.Arrays.stream(keys).map(k -> new AttributeValue(k, Texts.en(k))).toList());
    }

    static final ServiceType FORM = new ServiceType("x", "DOT", Texts.en("X"), Texts.en(""), Texts.en(""), Map.of(), 1,
            Open311Type.REALTIME, true, List.of(
                    attr("kind", Datatype.SINGLEVALUELIST, true, 1, "a", "b"),
                    attr("where", Datatype.MULTIVALUELIST, false, 2, "x", "y"),
                    attr("count", Datatype.NUMBER, false, 3),
                    attr("when", Datatype.DATETIME, false, 4),
                    attr("plate", Datatype.STRING, false, 5),
                    attr("notes", Datatype.TEXT, false, 6)));

    @Test
    void acceptsAndNormalizesEveryDatatype() {
        FormAnswers a = FormValidation.check(FORM, Map.of("kind", List.of("a"), "where", List.of("x", "y", "x"),
                "count", List.of("2.50"), "when", List.of("2026-01-31T14:00:00-05:00"), "plate", List.of(" ABC123 "),
                "notes", List.of("line one\nline two"), "unknown", List.of("ignored")));
        assertThat(a.problems()).isEmpty();
        assertThat(a.answers()).containsEntry("where", List.of("x", "y")).containsEntry("count", "2.5")
                .containsEntry("when", "2026-01-31T19:00:00Z").containsEntry("plate", "ABC123")
                .doesNotContainKey("unknown");
    }

    @Test
    void namesEachProblem() {
        FormAnswers a = FormValidation.check(FORM, Map.of("where", List.of("z"), "count", List.of("many"),
                "when", List.of("tomorrow"), "plate", List.of("<b>x</b>"), "notes", List.of("n".repeat(4001))));
        assertThat(a.problems()).extracting(FormAnswers.Problem::attribute)
                .containsExactlyInAnyOrder("kind", "where", "count", "when", "plate", "notes");
        assertThat(a.problems()).extracting(p -> p.attribute() + ":" + p.issue()).containsExactlyInAnyOrder(
                "kind:MISSING", "where:INVALID", "count:NOT_A_NUMBER", "when:NOT_A_DATE_TIME", "plate:INVALID",
                "notes:INVALID");
    }

    @Test
    void singleValuedAttributesTakeOneValue() {
        assertThat(FormValidation.check(FORM, Map.of("kind", List.of("a", "b"))).problems()).hasSize(1);
        assertThat(FormValidation.check(FORM, Map.of("kind", List.of("  "))).problems().get(0).message())
                .contains("required");
    }
}
