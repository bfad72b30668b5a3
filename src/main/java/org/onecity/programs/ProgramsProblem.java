package org.onecity.programs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused change: what kind of refusal, and per field (or {@code ""} for the whole) the message
 * key under {@code programs.error.} that says why.
 */
public class ProgramsProblem extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final Map<String, String> fields;

    ProgramsProblem(Kind kind, Map<String, String> fields) {
        super(kind + " " + fields);
        this.kind = kind;
        this.fields = Map.copyOf(new LinkedHashMap<>(fields));
    }

    static ProgramsProblem invalid(Map<String, String> fields) {
        return new ProgramsProblem(Kind.INVALID, fields);
    }

    static ProgramsProblem invalid(String field, String code) {
        return new ProgramsProblem(Kind.INVALID, Map.of(field, code));
    }

    static ProgramsProblem notFound(String what) {
        return new ProgramsProblem(Kind.NOT_FOUND, Map.of("", "notFound." + what));
    }

    static ProgramsProblem conflict(String code) {
        return new ProgramsProblem(Kind.CONFLICT, Map.of("", code));
    }

    public Kind kind() {
        return kind;
    }

    /** Field name to message key suffix (the key is {@code programs.error.<suffix>}). */
    public Map<String, String> fields() {
        return fields;
    }

    /** The HTTP status that answers it. */
    public int httpStatus() {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }
}
