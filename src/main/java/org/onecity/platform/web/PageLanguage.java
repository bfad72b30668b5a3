package org.onecity.platform.web;

import java.util.Locale;
import org.onecity.shared.Language;
import org.springframework.context.i18n.LocaleContextHolder;

/** The language of the page being rendered: the resolved locale if the city serves it, else English. */
public final class PageLanguage {

    private PageLanguage() {
    }

    public static Language current() {
        Locale l = LocaleContextHolder.getLocale();
        return Language.of(l.getLanguage()).orElse(Language.ENGLISH);
    }
}
