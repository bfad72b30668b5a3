package org.onecity.open311.web;

import java.util.List;

/** An Open311 error response: an HTTP status and a list of {code, description}. */
class Open311Error extends RuntimeException {

    record Item(int code, String description) {
    }

    final int status;
    final List<Item> items;

    Open311Error(int status, List<Item> items) {
        super(items.isEmpty() ? "error" : items.get(0).description());
        this.status = status;
        this.items = List.copyOf(items);
    }

    static Open311Error badRequest(String description) {
        return new Open311Error(400, List.of(new Item(400, description)));
    }

    static Open311Error notFound(String what, String description) {
        return new Open311Error(404, List.of(new Item(404, description)));
    }

    static Open311Error forbidden(String description) {
        return new Open311Error(403, List.of(new Item(403, description)));
    }
}
