package org.onecity.catalog;

import java.util.List;

/** A catalog change that breaks the catalog's rules; nothing was written. */
public class InvalidCatalogEntry extends RuntimeException {

    private final List<String> problems;

    public InvalidCatalogEntry(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
