package org.onecity.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** A delete refused because other records still refer to the agency or service type; nothing was written. */
public class CatalogInUse extends RuntimeException {

    private final String code;
    private final List<CatalogUsage.Use> uses;

    public CatalogInUse(String code, List<CatalogUsage.Use> uses) {
        super(code + " is still used by " + uses.stream().map(u -> u.count() + " " + u.kind())
                .collect(Collectors.joining(", ")) + "; deactivate it instead");
        this.code = code;
        this.uses = List.copyOf(uses);
    }

    public String code() {
        return code;
    }

    public List<CatalogUsage.Use> uses() {
        return uses;
    }
}
