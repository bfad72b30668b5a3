package org.onecity.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.onecity.shared.Language;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

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

    /**
     * The advice's attributes are made for every handler; an API handler (a {@code @ResponseBody}
     * answer, e.g. every Open311 POST) renders no page, so it gets none and pays nothing for them.
     */
    static boolean rendersPage(HttpServletRequest request) {
        return !(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod m)
                || !(m.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(m.getBeanType(), ResponseBody.class));
    }

    @ModelAttribute("lang")
    Language language(HttpServletRequest request) {
        return rendersPage(request) ? current() : null;
    }

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request) {
        if (!rendersPage(request)) {
            return null;
        }
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
    Dates dates(HttpServletRequest request) {
        return rendersPage(request) ? new Dates(settings.timeZone(), current().locale()) : null;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return rendersPage(request) ? request.getRequestURI() : null;
    }

    private static Language current() {
        return PageLanguage.current();
    }
}
