package org.onecity.requests;

import java.util.List;

/**
 * A request or change refused before anything was written. Each problem names the input it is
 * about and the kind of refusal (NOT_FOUND for unknown things, INVALID for bad input, CONFLICT for
 * a change the request's state does not allow).
 */
public class RequestRejected extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    public record Problem(Kind kind, String field, String message) {
    }

    private final List<Problem> problems;

    public RequestRejected(List<Problem> problems) {
        super(problems.stream().map(Problem::message).reduce((a, b) -> a + "; " + b).orElse("rejected"));
        this.problems = List.copyOf(problems);
    }

    public static RequestRejected invalid(String field, String message) {
        return new RequestRejected(List.of(new Problem(Kind.INVALID, field, message)));
    }

    public static RequestRejected notFound(String field, String message) {
        return new RequestRejected(List.of(new Problem(Kind.NOT_FOUND, field, message)));
    }

    public static RequestRejected conflict(String message) {
        return new RequestRejected(List.of(new Problem(Kind.CONFLICT, "status", message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean isNotFound() {
        return problems.stream().anyMatch(p -> p.kind() == Kind.NOT_FOUND);
    }
}
