package org.onecity.people.registry;

/**
 * One refused field: {@code code} names the message (messages key {@code people.error.<code>}),
 * {@code message} says it in English for the machine API.
 */
public record PersonProblem(String field, String code, String message) {
}
