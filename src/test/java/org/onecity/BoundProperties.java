package org.onecity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code onecity.*} property names main code binds, read from its sources as text (no Spring):
 * {@code @ConfigurationProperties} prefixes with their record components in kebab-case (a nested record
 * adds its components, a list of records is written {@code name[n].component}, a map ends at its own
 * name and is {@link Bound#keyed keyed}), {@code ${onecity.…}} placeholders ({@code @Value},
 * {@code @Scheduled} …), {@code getProperty("onecity.…")}, {@code @Conditional…Property} names, and the
 * {@code onecity} keys of {@code application*.yml} / {@code application*.properties}.
 */
final class BoundProperties {

    /** A property name; a keyed one (a map) is documented as {@code name.<key>}. */
    record Bound(String name, boolean keyed) {

        boolean documentedIn(String docs) {
            return docs.contains("`" + name + "`") || keyed && docs.contains("`" + name + ".");
        }
    }

    private record Component(String type, String name) {
    }

    private static final Pattern PREFIXED = Pattern.compile(
            "@ConfigurationProperties\\(\\s*(?:(?:value|prefix)\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    private static final Pattern DECLARATION = Pattern.compile("\\b(record|class|interface|enum)\\s+(\\w+)");
    private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*\\(");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(onecity\\.[A-Za-z0-9.\\-\\[\\]]+)");
    private static final Pattern GET_PROPERTY = Pattern.compile("getProperty\\(\\s*\"(onecity\\.[^\"]+)\"");
    private static final Pattern CONDITIONAL = Pattern.compile("@ConditionalOn\\w*Property\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"(onecity\\.[^\"]+)\"");
    private static final Pattern COLLECTION = Pattern.compile("(?:List|Set|Collection)<\\s*([\\w.]+)\\s*>");

    private final Map<String, List<Component>> records = new HashMap<>();
    private final TreeSet<Bound> found = new TreeSet<>((a, b) -> a.name().compareTo(b.name()));

    private BoundProperties() {
    }

    /** Everything bound under {@code mainJava} and the application files in {@code mainResources}. */
    static TreeSet<Bound> scan(Path mainJava, Path mainResources) {
        var scan = new BoundProperties();
        Map<Path, String> sources = new HashMap<>();
        try (Stream<Path> files = Files.walk(mainJava)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .forEach(f -> sources.put(f, JavaText.withoutComments(read(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sources.values().forEach(scan::indexRecords);
        sources.values().forEach(scan::readJava);
        if (Files.isDirectory(mainResources)) {
            try (Stream<Path> files = Files.list(mainResources)) {
                files.filter(f -> f.getFileName().toString().matches("application.*\\.(ya?ml|properties)"))
                        .forEach(f -> scan.readApplicationFile(f.getFileName().toString(), read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scan.found;
    }

    private void indexRecords(String code) {
        Matcher m = RECORD.matcher(code);
        while (m.find()) {
            int open = m.end() - 1;
            records.putIfAbsent(m.group(1), components(code.substring(open + 1, JavaText.closing(code, open))));
        }
    }

    private void readJava(String code) {
        Matcher m = PREFIXED.matcher(code);
        while (m.find()) {
            Matcher d = DECLARATION.matcher(code);
            if (!d.find(m.end()) || !d.group(1).equals("record")) {
                throw new IllegalStateException("@ConfigurationProperties(\"" + m.group(1)
                        + "\") is not on a record: teach BoundProperties to read it");
            }
            addComponents(m.group(1), d.group(2), 0);
        }
        add(PLACEHOLDER, code);
        add(GET_PROPERTY, code);
        Matcher c = CONDITIONAL.matcher(code);
        while (c.find()) {
            if (c.group(1).contains("prefix")) {
                throw new IllegalStateException("@Conditional…Property with a prefix: teach BoundProperties to read "
                        + c.group());
            }
            add(QUOTED, c.group(1));
        }
    }

    private void addComponents(String prefix, String record, int depth) {
        if (depth > 5) {
            throw new IllegalStateException("records nest too deep under " + prefix);
        }
        for (Component c : records.get(record)) {
            String name = prefix + "." + kebab(c.name());
            String type = c.type().replaceAll("\\b[a-z]\\w*\\.", "");
            Matcher element = COLLECTION.matcher(type);
            if (element.matches() && records.containsKey(element.group(1))) {
                addComponents(name + "[n]", element.group(1), depth + 1);
            } else if (records.containsKey(type)) {
                addComponents(name, type, depth + 1);
            } else {
                found.add(new Bound(name, type.startsWith("Map<")));
            }
        }
    }

    private void add(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new Bound(m.group(1), false));
        }
    }

    private void readApplicationFile(String fileName, String text) {
        add(PLACEHOLDER, text);
        if (fileName.endsWith(".properties")) {
            add(Pattern.compile("(?m)^\\s*(onecity\\.[^=:\\s]+)\\s*[=:]"), text);
            return;
        }
        List<String> path = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = Pattern.compile("^(\\s*)([\\w.\\-]+):\\s*(.*?)\\s*$").matcher(line.replaceAll("\\s+#.*$", ""));
            if (!m.matches()) {
                continue;
            }
            int indent = m.group(1).length();
            while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                indents.remove(indents.size() - 1);
                path.remove(path.size() - 1);
            }
            indents.add(indent);
            path.add(m.group(2));
            if (!m.group(3).isEmpty() && path.get(0).equals("onecity")) {
                found.add(new Bound(String.join(".", path), false));
            }
        }
    }

    private static List<Component> components(String list) {
        List<Component> result = new ArrayList<>();
        for (String part : JavaText.splitTopLevel(list)) {
            String plain = JavaText.withoutAnnotations(part).strip();
            if (plain.isEmpty()) {
                continue;
            }
            int space = plain.lastIndexOf(' ');
            result.add(new Component(plain.substring(0, space).replace(" ", ""), plain.substring(space + 1)));
        }
        return result;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
