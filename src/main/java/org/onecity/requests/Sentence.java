package org.onecity.requests;

import java.util.List;
import java.util.Objects;

/**
 * Something the system says about a request (a history line, a refusal) as a message key of the
 * bundles (messages*.properties) and its arguments, so each page says it in its own language
 * ({@link RequestTexts}). API clients keep reading the English sentence written beside it.
 */
public record Sentence(String key, List<Arg> args) {

    public Sentence {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Sentence of(String key, Arg... args) {
        return new Sentence(key, List.of(args));
    }

    /** An argument; what it names decides how a page says it. */
    public sealed interface Arg permits Text, English, ChannelName, StatusName, AgencyCode, AgencyName, ServiceCode,
            EscalationTitle, Clause {
    }

    /** Said as it is: a number, a request number, what someone wrote. */
    public record Text(String value) implements Arg {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A text there is only in English (a stored reason): marked English on other pages. */
    public record English(String value) implements Arg {
        public English {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A channel by its wire name, said as the bundle's {@code channel.<wire>}. */
    public record ChannelName(String wire) implements Arg {
    }

    /** A status by its wire name, said as the bundle's {@code status.<wire>}. */
    public record StatusName(String wire) implements Arg {
    }

    /** An agency by its code, said by its catalog name (the code when the catalog has no such agency). */
    public record AgencyCode(String code) implements Arg {
    }

    /** An agency by its English name (rows stored before codes were): unknown, the line shows its stored note. */
    public record AgencyName(String english) implements Arg {
    }

    /** A service by its code, said by its catalog name (the code when unknown). */
    public record ServiceCode(String code) implements Arg {
    }

    /** The title of a level of the request's agency's chain, or the English title written at the time. */
    public record EscalationTitle(int level, String english) implements Arg {
        public EscalationTitle {
            Objects.requireNonNull(english, "english");
        }
    }

    /** A sentence inside a sentence (a routing reason). */
    public record Clause(Sentence sentence) implements Arg {
    }

    public static Arg text(Object value) {
        return new Text(String.valueOf(value));
    }

    public static Arg status(RequestStatus status) {
        return new StatusName(status.wire());
    }

    public static Arg agency(String code) {
        return new AgencyCode(code);
    }
}
