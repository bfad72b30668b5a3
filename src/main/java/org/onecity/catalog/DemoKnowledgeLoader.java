package org.onecity.catalog;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.platform.DemoMode;
import org.onecity.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, loads the demo knowledge articles (English and Spanish, written for OneCity; facts kept
 * general) from {@code catalog/demo-knowledge.json} into an empty table, after the catalog.
 */
@Component
@Order(11)
class DemoKnowledgeLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKnowledgeLoader.class);
    static final String RESOURCE = "catalog/demo-knowledge.json";

    /** One article as the file spells it. */
    record Entry(String slug, Map<String, String> title, Map<String, String> topic, Map<String, String> body,
                 Map<String, List<String>> keywords, List<String> services) {
    }

    private final KnowledgeArticles articles;
    private final Catalog catalog;
    private final DemoMode demo;

    DemoKnowledgeLoader(KnowledgeArticles articles, Catalog catalog, DemoMode demo) {
        this.articles = articles;
        this.catalog = catalog;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!demo.enabled()) {
            return;
        }
        List<KnowledgeArticle> list = new ArrayList<>();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            for (Entry e : JsonMapper.builder().build().readValue(in, new TypeReference<List<Entry>>() { })) {
                list.add(new KnowledgeArticle(e.slug(), new Texts(e.title()), new Texts(e.body()),
                        new Texts(e.topic()), new LinkedHashMap<>(e.keywords()),
                        // a catalog that was not the demo one may lack a related service: link only those it has
                        e.services().stream().filter(code -> catalog.service(code).isPresent()).toList(), true, null));
            }
        }
        if (articles.loadIfEmpty(list)) {
            log.info("Loaded {} demo knowledge articles", list.size());
        }
    }
}
