package org.onecity.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.KnowledgeArticle;
import org.onecity.catalog.KnowledgeArticles;
import org.onecity.catalog.ServiceType;
import org.onecity.shared.Language;
import org.onecity.platform.web.PageLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Help for information questions: published knowledge articles by topic, each linking to the services it is about. */
@Controller
class HelpController {

    private final KnowledgeArticles articles;
    private final Catalog catalog;

    HelpController(KnowledgeArticles articles, Catalog catalog) {
        this.articles = articles;
        this.catalog = catalog;
    }

    @GetMapping("/help")
    String list(Model model) {
        Language language = PageLanguage.current();
        Map<String, List<KnowledgeArticle>> byTopic = new LinkedHashMap<>();
        articles.published().stream()
                .sorted(java.util.Comparator.comparing((KnowledgeArticle a) -> a.topic().in(language))
                        .thenComparing(a -> a.title().in(language)))
                .forEach(a -> byTopic.computeIfAbsent(a.topic().in(language), k -> new java.util.ArrayList<>()).add(a));
        model.addAttribute("topics", byTopic);
        return "portal/help";
    }

    @GetMapping("/help/{slug}")
    String article(@PathVariable String slug, Model model) {
        KnowledgeArticle article = articles.find(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Language language = PageLanguage.current();
        model.addAttribute("article", article);
        model.addAttribute("paragraphs", article.paragraphs(language));
        model.addAttribute("textLang", article.body().values().containsKey(language.code()) ? language.code() : "en");
        model.addAttribute("services", article.serviceCodes().stream().map(catalog::service)
                .flatMap(Optional::stream).filter(catalog::offered).toList());
        return "portal/article";
    }
}
