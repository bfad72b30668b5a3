package org.onecity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CurpTest {

    /** python-stdnum's reasons (the vectors' second column) as ours. */
    private static final Map<String, Curp.Problem> REASONS = Map.of(
            "InvalidLength", Curp.Problem.LENGTH,
            "InvalidFormat", Curp.Problem.FORMAT,
            "InvalidComponent (inconvenient word)", Curp.Problem.INCONVENIENT_WORD,
            "InvalidComponent (invalid date)", Curp.Problem.BIRTH_DATE,
            "InvalidComponent (invalid gender)", Curp.Problem.SEX,
            "InvalidComponent (invalid state)", Curp.Problem.STATE,
            "InvalidChecksum", Curp.Problem.CHECK_DIGIT);

    @Test
    void everyVectorIsJudgedAsItsSourceSays() throws IOException {
        List<String[]> rows = vectors();
        assertThat(rows).hasSizeGreaterThan(15);
        int valid = 0;
        for (String[] row : rows) {
            Optional<Curp.Problem> problem = Curp.problem(row[0]);
            if (row[1].equals("valid")) {
                assertThat(problem).as(row[0]).isEmpty();
                assertThat(Curp.parse(row[0]).value()).isEqualTo(row[0]);
                valid++;
            } else {
                assertThat(problem).as(row[0] + " " + row[2]).contains(REASONS.get(row[2]));
            }
        }
        assertThat(valid).isGreaterThan(10);
    }

    @Test
    void aChangedCheckDigitIsRefused() {
        String good = "HEGG560427MVZRRL04";
        assertThat(Curp.problem(good)).isEmpty();
        for (char d = '0'; d <= '9'; d++) {
            if (d != good.charAt(17)) {
                String bad = good.substring(0, 17) + d;
                assertThat(Curp.problem(bad)).as(bad).contains(Curp.Problem.CHECK_DIGIT);
                assertThatThrownBy(() -> Curp.parse(bad)).isInstanceOf(Curp.Invalid.class)
                        .hasMessageContaining("check digit");
            }
        }
    }

    @Test
    void theCheckDigitFollowsRenaposAlgorithm() {
        assertThat(Curp.checkDigit("HEGG560427MVZRRL0")).isEqualTo('4');
        assertThat(Curp.checkDigit("BEML920313HMCLNS0")).isEqualTo('9');
    }

    @Test
    void birthDateCenturyComesFromTheSeventeenthCharacter() {
        Curp twentieth = Curp.parse("HEGG560427MVZRRL04");
        assertThat(twentieth.birthDate()).isEqualTo(LocalDate.of(1956, 4, 27));
        assertThat(twentieth.sex()).isEqualTo("M");
        assertThat(twentieth.state()).isEqualTo("VZ");
        String first = "GOLA050229HDFNPN" + "A";
        Curp born2005 = Curp.parse(first.replace("0229", "0228") + Curp.checkDigit(first.replace("0229", "0228")));
        assertThat(born2005.birthDate()).isEqualTo(LocalDate.of(2005, 2, 28));
        String leap = "GOLA040229HDFNPNA";
        assertThat(Curp.parse(leap + Curp.checkDigit(leap)).birthDate()).isEqualTo(LocalDate.of(2004, 2, 29));
        assertThat(Curp.problem(first + Curp.checkDigit(first))).contains(Curp.Problem.BIRTH_DATE);
    }

    @Test
    void nonBinaryAndBornAbroadAreAccepted() {
        String x = "PEGL890909XNERMS0";
        Curp c = Curp.parse(x + Curp.checkDigit(x));
        assertThat(c.sex()).isEqualTo("X");
        assertThat(c.state()).isEqualTo("NE");
    }

    @Test
    void spacesAndCaseAreIgnoredAndEachRefusalIsNamed() {
        assertThat(Curp.parse(" hegg560427mvzrrl04 ").value()).isEqualTo("HEGG560427MVZRRL04");
        assertThat(Curp.problem(null)).contains(Curp.Problem.LENGTH);
        assertThat(Curp.problem("HEGG560427MVZRRL0")).contains(Curp.Problem.LENGTH);
        assertThat(Curp.problem("HEGG56O427MVZRRL04")).contains(Curp.Problem.FORMAT);
        assertThat(Curp.problem("HAGG560427MVZAAL04")).contains(Curp.Problem.FORMAT);
        assertThatThrownBy(() -> Curp.parse("PEGL890909MQQRMS02")).isInstanceOf(Curp.Invalid.class)
                .satisfies(e -> assertThat(((Curp.Invalid) e).problem()).isEqualTo(Curp.Problem.STATE));
    }

    private static List<String[]> vectors() throws IOException {
        try (InputStream in = CurpTest.class.getResourceAsStream("/curp/curp_vectors.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", 4)).toList();
        }
    }
}
