package org.onecity.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.onecity.shared.Language;
import org.onecity.shared.PlainText;
import org.onecity.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knowledge articles: the answers to information questions that residents read at /help and agents
 * read out on a call. Search in everyday words scores like {@link ServiceSearch}: each word against
 * title, keywords, topic and body in the chosen language (and English), rarer words weigh more.
 */
@Service
public class KnowledgeArticles {

    private final KnowledgeRepository repository;
    private final Catalog catalog;

    KnowledgeArticles(KnowledgeRepository repository, Catalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    /** Every article, published or not (for admins), by slug. */
    public List<KnowledgeArticle> all() {
        return repository.all();
    }

    public List<KnowledgeArticle> published() {
        return repository.all().stream().filter(KnowledgeArticle::published).toList();
    }

    /** A published article; drafts are not found. */
    public Optional<KnowledgeArticle> find(String slug) {
        return repository.find(slug).filter(KnowledgeArticle::published);
    }

    /** Any article, draft or published (for admins). */
    public Optional<KnowledgeArticle> draftOrPublished(String slug) {
        return repository.find(slug);
    }

    /** The best published matches first, at most {@code limit}; nothing for a blank question. */
    public List<KnowledgeArticle> search(String question, Language language, int limit) {
        List<String> words = ServiceSearch.words(question);
        List<KnowledgeArticle> all = published();
        if (words.isEmpty() || all.isEmpty()) {
            return List.of();
        }
        int[][] scores = new int[all.size()][words.size()];
        double[] weight = new double[words.size()];
        for (int w = 0; w < words.size(); w++) {
            int matching = 0;
            for (int a = 0; a < all.size(); a++) {
                scores[a][w] = score(words.get(w), all.get(a), language)
                        + (language.equals(Language.ENGLISH) ? 0 : score(words.get(w), all.get(a), Language.ENGLISH) / 2);
                matching += scores[a][w] > 0 ? 1 : 0;
            }
            weight[w] = matching == 0 ? 0 : Math.log(1 + (double) all.size() / matching);
        }
        record Scored(KnowledgeArticle article, double score) {
        }
        List<Scored> found = new ArrayList<>();
        for (int a = 0; a < all.size(); a++) {
            double total = 0;
            for (int w = 0; w < words.size(); w++) {
                total += scores[a][w] * weight[w];
            }
            if (total > 0) {
                found.add(new Scored(all.get(a), total));
            }
        }
        return found.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(s -> s.article().title().in(language)))
                .limit(limit).map(Scored::article).toList();
    }

    private static int score(String word, KnowledgeArticle a, Language l) {
        int score = ServiceSearch.contains(a.title().in(l), word) ? 10 : 0;
        for (String k : a.keywordsIn(l)) {
            score += ServiceSearch.fold(k).equals(word) ? 8 : ServiceSearch.contains(k, word) ? 5 : 0;
        }
        score += ServiceSearch.contains(a.topic().in(l), word) ? 3 : 0;
        score += ServiceSearch.contains(a.body().in(l), word) ? 2 : 0;
        return score;
    }

    /** Creates or replaces an article; problems are "field: message" so forms can show them beside the field. */
    @Transactional
    public void save(KnowledgeArticle article) {
        List<String> problems = new ArrayList<>();
        if (article.slug() == null || !article.slug().matches("[a-z0-9]+(-[a-z0-9]+)*") || article.slug().length() > 80) {
            problems.add("slug: use lowercase letters, digits and single hyphens (at most 80)");
        }
        check(problems, "title", article.title(), 200);
        check(problems, "topic", article.topic(), 100);
        article.keywords().values().stream().flatMap(List::stream)
                .filter(k -> k.length() > 60 || PlainText.containsMarkup(k)).findFirst()
                .ifPresent(k -> problems.add("keywords: each keyword is plain text of at most 60 characters"));
        article.serviceCodes().stream().filter(c -> catalog.service(c).isEmpty()).findFirst()
                .ifPresent(c -> problems.add("services: no service type " + c));
        check(problems, "body", article.body(), 20000);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogEntry(problems);
        }
        repository.save(article);
    }

    private static void check(List<String> problems, String field, Texts texts, int max) {
        if (PlainText.trimToNull(texts.values().get("en")) == null) {
            problems.add(field + ": English is required");
        }
        for (String v : texts.values().values()) {
            if (v != null && (v.length() > max || PlainText.containsMarkup(v))) {
                problems.add(field + ": plain text only, at most " + max + " characters");
                return;
            }
        }
    }

    /** Loads articles into an empty table (demo mode); false when articles already exist. */
    @Transactional
    public boolean loadIfEmpty(List<KnowledgeArticle> articles) {
        repository.lockForLoading();
        if (repository.count() > 0) {
            return false;
        }
        articles.forEach(this::save);
        return true;
    }
}
