package org.onecity.workspace.web;

import org.onecity.catalog.Catalog;
import org.onecity.shared.Language;

/** Service names for staff pages, in the page's language (English when a name has no translation). */
record ServiceNames(Catalog catalog, Language language) {

    public String of(String code) {
        return catalog.service(code).map(s -> s.name().in(language)).orElse(code);
    }
}
