package org.onecity.portal.web;

import org.onecity.catalog.KnowledgeArticles;
import org.onecity.catalog.ServiceSearch;
import org.onecity.platform.web.PageLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The portal's front: search in everyday words, browse by group. */
@Controller
class PortalController {

    private final ServiceSearch search;
    private final KnowledgeArticles articles;

    PortalController(ServiceSearch search, KnowledgeArticles articles) {
        this.search = search;
        this.articles = articles;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("groups", search.groups(PageLanguage.current()));
        return "portal/home";
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model,
                  @RequestHeader(value = "HX-Request", required = false) String htmx) {
        model.addAttribute("q", q);
        model.addAttribute("results", search.find(q, PageLanguage.current(), 12));
        model.addAttribute("articles", articles.search(q, PageLanguage.current(), 5));
        return htmx != null ? "portal/search :: results" : "portal/search";
    }

    @GetMapping("/groups/{slug}")
    String group(@PathVariable String slug, Model model) {
        var group = search.groups(PageLanguage.current()).stream().filter(g -> g.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("group", group);
        return "portal/group";
    }
}
