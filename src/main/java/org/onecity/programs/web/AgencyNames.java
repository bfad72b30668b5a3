package org.onecity.programs.web;

import org.onecity.catalog.Catalog;
import org.onecity.platform.web.PageLanguage;

/** An agency's name in the page's language, for templates; the code when the catalog has no such agency. */
record AgencyNames(Catalog catalog) {

    public String of(String code) {
        return catalog.agency(code).map(a -> a.name().in(PageLanguage.current())).orElse(code);
    }
}
