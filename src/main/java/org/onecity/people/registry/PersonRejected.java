package org.onecity.people.registry;

import java.util.List;

/** A registration, update or merge refused, with each reason; nothing was written. */
public class PersonRejected extends RuntimeException {

    /** Why: the input, the caller's rights, or a missing person. */
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final transient List<PersonProblem> problems;

    public PersonRejected(Kind kind, List<PersonProblem> problems) {
        super(problems.isEmpty() ? kind.name() : problems.get(0).message());
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public static PersonRejected of(Kind kind, String field, String code, String message) {
        return new PersonRejected(kind, List.of(new PersonProblem(field, code, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<PersonProblem> problems() {
        return problems;
    }
}
