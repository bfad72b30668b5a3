package org.onecity.catalog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecity.shared.Language;
import org.springframework.stereotype.Service;

/**
 * Finding a service in everyday words, over the catalog snapshot: each word of the question scores
 * against the service's name, keywords, group and description in the chosen language (and English,
 * which every service has), accents and case ignored. Also groups for browsing.
 */
@Service
public class ServiceSearch {

    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "on", "in", "my", "is", "there", "and",
            "to", "at", "are", "with", "this", "it", "there's", "here", "el", "es", "son", "con", "esta", "hay", "la", "los", "las", "de", "del", "en", "un", "una", "y", "mi", "por", "que");

    private final Catalog catalog;

    ServiceSearch(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A group of services for browsing; {@code slug} is stable across languages (from the English name). */
    public record Group(String slug, String name, List<ServiceType> services) {
    }

    /** The best matches first, at most {@code limit}; nothing for a blank question. */
    public List<ServiceType> find(String question, Language language, int limit) {
        List<String> words = words(question);
        if (words.isEmpty()) {
            return List.of();
        }
        record Scored(ServiceType service, double score) {
        }
        List<ServiceType> all = catalog.services();
        Map<String, int[]> perService = new LinkedHashMap<>();
        for (ServiceType s : all) {
            int[] scores = new int[words.size()];
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                scores[i] = score(w, s, language) + (language.equals(Language.ENGLISH) ? 0 : score(w, s, Language.ENGLISH) / 2);
            }
            perService.put(s.code(), scores);
        }
        double[] weight = new double[words.size()];
        for (int i = 0; i < words.size(); i++) {
            final int at = i;
            long matching = perService.values().stream().filter(x -> x[at] > 0).count();
            weight[i] = matching == 0 ? 0 : Math.log(1 + (double) all.size() / matching);
        }
        List<Scored> scored = new ArrayList<>();
        for (ServiceType s : all) {
            int[] scores = perService.get(s.code());
            double total = 0;
            for (int i = 0; i < scores.length; i++) {
                total += scores[i] * weight[i];
            }
            if (total > 0) {
                scored.add(new Scored(s, total));
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(x -> x.service().name().in(language)))
                .limit(limit).map(Scored::service).toList();
    }

    private static int score(String word, ServiceType s, Language l) {
        int score = 0;
        if (contains(s.name().in(l), word)) {
            score += 10;
        }
        for (String k : s.keywordsIn(l)) {
            if (fold(k).equals(word)) {
                score += 8;
            } else if (contains(k, word)) {
                score += 5;
            }
        }
        if (contains(s.group().in(l), word)) {
            score += 3;
        }
        if (contains(s.description().in(l), word)) {
            score += 2;
        }
        return score;
    }

    public List<Group> groups(Language language) {
        Map<String, List<ServiceType>> bySlug = catalog.services().stream().collect(Collectors.groupingBy(
                s -> slug(s.group().english()), LinkedHashMap::new, Collectors.toList()));
        return bySlug.values().stream()
                .map(list -> new Group(slug(list.get(0).group().english()), list.get(0).group().in(language),
                        list.stream().sorted(Comparator.comparing(s -> s.name().in(language))).toList()))
                .sorted(Comparator.comparing(Group::name)).toList();
    }

    public static String slug(String text) {
        return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static List<String> words(String question) {
        if (question == null) {
            return List.of();
        }
        return java.util.Arrays.stream(fold(question).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1 && !STOP.contains(w)).distinct().limit(12).toList();
    }

    /** A word matches a token of the text: equal, a prefix of it (4+ letters), or its singular/plural. */
    static boolean contains(String text, String word) {
        if (text == null) {
            return false;
        }
        for (String token : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (token.equals(word) || (word.length() >= 4 && token.startsWith(word))
                    || (word.endsWith("s") && token.equals(word.substring(0, word.length() - 1)))
                    || (token.endsWith("s") && word.equals(token.substring(0, token.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
