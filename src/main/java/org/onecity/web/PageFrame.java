package org.onecity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.onecity.shared.Language;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page: the language, its direction, the switch's links. */
@ControllerAdvice
@ConditionalOnWebApplication
class PageFrame {

    private final org.onecity.platform.OneCitySettings settings;

    PageFrame(org.onecity.platform.OneCitySettings settings) {
        this.settings = settings;
    }

    record LanguageLink(String code, String nativeName, String href, boolean current) {
    }

    @ModelAttribute("lang")
    Language language() {
        return current();
    }

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request) {
        String path = request.getRequestURI();
        Language now = current();
        String method = request.getMethod();
        String query = request.getQueryString() == null ? "" : java.util.Arrays.stream(request.getQueryString().split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("lang=")).reduce((a, b) -> a + "&" + b).map(q -> q + "&")
                .orElse("");
        String target = "GET".equals(method) ? path + "?" + query : "/?";
        return Language.SUPPORTED.stream()
                .map(l -> new LanguageLink(l.code(), l.nativeName(), target + "lang=" + l.code(), l.equals(now)))
                .toList();
    }

    @ModelAttribute("dates")
    Dates dates() {
        return new Dates(settings.timeZone(), current().locale());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    private static Language current() {
        return PageLanguage.current();
    }
}
