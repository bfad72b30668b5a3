package org.onecity.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A valid CURP (Clave Única de Registro de Población): 18 characters, the name letters, the birth
 * date (the 17th character says the century: a digit for the 1900s, a letter for the 2000s), sex
 * ({@code H}, {@code M} or {@code X}, non-binary), the state of birth ({@code NE} born abroad), three
 * name consonants, a differentiator and RENAPO's check digit.
 */
public record Curp(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
    private static final String SHAPE = "[A-Z]{4}[0-9]{6}[A-Z]{6}[0-9A-Z][0-9]";
    private static final String NAME_PARTS = "[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[A-Z]{3}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z][0-9]";
    private static final Set<String> STATES = codes("states.json");
    private static final Set<String> INCONVENIENT = codes("inconvenient_words.json");

    /** Why a text is not a CURP. */
    public enum Problem {
        LENGTH("a CURP has 18 characters"),
        FORMAT("a CURP is 4 letters, 6 digits, 6 letters, a letter or digit and a digit"),
        INCONVENIENT_WORD("a CURP never begins with an inconvenient word"),
        BIRTH_DATE("the birth date in the CURP is not a calendar date"),
        SEX("the sex in the CURP is not H, M or X"),
        STATE("the state in the CURP is not a state code"),
        CHECK_DIGIT("the check digit of the CURP does not match");

        private final String message;

        Problem(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** A text refused as a CURP, with the reason. */
    public static final class Invalid extends IllegalArgumentException {

        private final Problem problem;

        Invalid(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public Curp {
        Problem p = check(value).orElse(null);
        if (p != null) {
            throw new Invalid(p);
        }
    }

    /** The CURP in the text (spaces ignored, any case), or {@link Invalid} naming the reason. */
    public static Curp parse(String text) {
        return new Curp(normalize(text));
    }

    /** The reason the text is not a CURP; empty when it is one. */
    public static Optional<Problem> problem(String text) {
        return check(normalize(text));
    }

    public LocalDate birthDate() {
        return date(value).orElseThrow();
    }

    /** H, M or X. */
    public String sex() {
        return value.substring(10, 11);
    }

    /** The two-letter state of birth; NE for born abroad. */
    public String state() {
        return value.substring(11, 13);
    }

    /** RENAPO's check digit of the first 17 characters. */
    public static char checkDigit(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("the check digit is computed over 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a CURP character: " + first17.charAt(i));
            }
            sum += v * (18 - i);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static Optional<Problem> check(String v) {
        if (v == null || v.length() != 18) {
            return Optional.of(Problem.LENGTH);
        }
        if (!v.matches(SHAPE)) {
            return Optional.of(Problem.FORMAT);
        }
        if (INCONVENIENT.contains(v.substring(0, 4))) {
            return Optional.of(Problem.INCONVENIENT_WORD);
        }
        if (date(v).isEmpty()) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if ("HMX".indexOf(v.charAt(10)) < 0) {
            return Optional.of(Problem.SEX);
        }
        if (!STATES.contains(v.substring(11, 13))) {
            return Optional.of(Problem.STATE);
        }
        if (!v.matches(NAME_PARTS)) {
            return Optional.of(Problem.FORMAT);
        }
        if (checkDigit(v.substring(0, 17)) != v.charAt(17)) {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String v) {
        int century = Character.isDigit(v.charAt(16)) ? 1900 : 2000;
        try {
            return Optional.of(LocalDate.of(century + Integer.parseInt(v.substring(4, 6)),
                    Integer.parseInt(v.substring(6, 8)), Integer.parseInt(v.substring(8, 10))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The state codes, or the inconvenient words, from the reference tables (see people/curp/SOURCES.md). */
    private static Set<String> codes(String file) {
        try (InputStream in = Curp.class.getResourceAsStream("/people/curp/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing /people/curp/" + file);
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Set<String> codes = new HashSet<>();
            if (root.isArray()) {
                root.forEach(s -> codes.add(s.get("code").asString()));
            } else {
                root.get("curp").get("cacophonic_words").forEach(w -> codes.add(w.asString()));
            }
            return Set.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
