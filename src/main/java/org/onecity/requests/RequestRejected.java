package org.onecity.requests;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A request or change refused before anything was written. Each problem names the input it is
 * about and the kind of refusal (NOT_FOUND for unknown things, INVALID for bad input, CONFLICT for
 * a change the request's state does not allow). The message is English, for API clients; a problem
 * a page may show also says its {@link Sentence}, which pages say in their language ({@link RequestTexts}).
 */
public class RequestRejected extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    public record Problem(Kind kind, String field, String message, @JsonIgnore Sentence said) {

        public Problem(Kind kind, String field, String message) {
            this(kind, field, message, null);
        }
    }

    private final List<Problem> problems;

    public RequestRejected(List<Problem> problems) {
        super(problems.stream().map(Problem::message).reduce((a, b) -> a + "; " + b).orElse("rejected"));
        this.problems = List.copyOf(problems);
    }

    public static RequestRejected invalid(String field, String message) {
        return invalid(field, message, null);
    }

    public static RequestRejected invalid(String field, String message, Sentence said) {
        return new RequestRejected(List.of(new Problem(Kind.INVALID, field, message, said)));
    }

    public static RequestRejected notFound(String field, String message) {
        return notFound(field, message, null);
    }

    public static RequestRejected notFound(String field, String message, Sentence said) {
        return new RequestRejected(List.of(new Problem(Kind.NOT_FOUND, field, message, said)));
    }

    public static RequestRejected conflict(String message) {
        return conflict(message, null);
    }

    public static RequestRejected conflict(String message, Sentence said) {
        return new RequestRejected(List.of(new Problem(Kind.CONFLICT, "status", message, said)));
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean isNotFound() {
        return problems.stream().anyMatch(p -> p.kind() == Kind.NOT_FOUND);
    }
}
