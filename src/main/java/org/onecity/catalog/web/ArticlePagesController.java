package org.onecity.catalog.web;

import static org.onecity.catalog.web.AdminForm.texts;
import static org.onecity.catalog.web.AdminForm.trim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.catalog.InvalidCatalogEntry;
import org.onecity.catalog.KnowledgeArticle;
import org.onecity.catalog.KnowledgeArticles;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** City admin: knowledge articles (English and Spanish), drafts and published, saved through the catalog's rules. */
@Controller
class ArticlePagesController {

    /** Which form field each problem of the facade ("field: message") belongs to. */
    private static final Map<String, String> FIELDS = Map.of("slug", "slug", "title", "titleEn", "body", "bodyEn",
            "topic", "topicEn", "keywords", "keywordsEn", "services", "services");

    private final KnowledgeArticles articles;

    ArticlePagesController(KnowledgeArticles articles) {
        this.articles = articles;
    }

    @GetMapping("/admin/articles")
    String list(Model model) {
        model.addAttribute("articles", articles.all());
        return "catalog/articles";
    }

    @GetMapping("/admin/articles/{slug}")
    String edit(@PathVariable String slug, Model model) {
        KnowledgeArticle a = "new".equals(slug) ? null : articles.draftOrPublished(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return render(model, a, Map.of());
    }

    @PostMapping("/admin/articles")
    String save(@RequestParam Map<String, String> p, Model model) {
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        keywords.put("en", AdminForm.list(p.get("keywordsEn")));
        keywords.put("es", AdminForm.list(p.get("keywordsEs")));
        KnowledgeArticle a = new KnowledgeArticle(trim(p.get("slug")), texts(p.get("titleEn"), p.get("titleEs")),
                texts(p.get("bodyEn"), p.get("bodyEs")), texts(p.get("topicEn"), p.get("topicEs")), keywords,
                AdminForm.list(p.get("services")), p.get("published") != null, null);
        try {
            articles.save(a);
            return "redirect:/admin/articles/" + a.slug() + "?saved";
        } catch (InvalidCatalogEntry e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (String problem : e.problems()) {
                int colon = problem.indexOf(": ");
                String field = colon < 0 ? "slug" : FIELDS.getOrDefault(problem.substring(0, colon), "slug");
                errors.putIfAbsent(field, colon < 0 ? problem : problem.substring(colon + 2));
            }
            return render(model, a, errors);
        }
    }

    private String render(Model model, KnowledgeArticle a, Map<String, String> errors) {
        model.addAttribute("a", a);
        model.addAttribute("errors", errors);
        Map<String, String> values = new LinkedHashMap<>();
        if (a != null) {
            values.put("slug", a.slug());
            for (String l : List.of("en", "es")) {
                String suffix = l.equals("en") ? "En" : "Es";
                values.put("title" + suffix, a.title().values().getOrDefault(l, ""));
                values.put("topic" + suffix, a.topic().values().getOrDefault(l, ""));
                values.put("body" + suffix, a.body().values().getOrDefault(l, ""));
                values.put("keywords" + suffix, String.join(", ", a.keywords().getOrDefault(l, List.of())));
            }
            values.put("services", String.join(", ", a.serviceCodes()));
        }
        model.addAttribute("values", values);
        return "catalog/article";
    }
}
