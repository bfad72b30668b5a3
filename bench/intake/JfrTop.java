import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Cheap summary of a JFR recording (JDK 17 single-file program): where the Java CPU samples are
 * (hottest leaf methods, share of samples per layer, hottest OneCity methods, inclusive), GC pauses,
 * contended monitors. Usage: java JfrTop.java recording.jfr [top]
 */
public class JfrTop {

    /** Layers, first match from the leaf up wins for "self", any match counts for "inclusive". */
    static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("PostgreSQL JDBC driver", List.of("org.postgresql."));
        LAYERS.put("Hikari pool", List.of("com.zaxxer.hikari."));
        LAYERS.put("Spring JDBC (JdbcClient, NamedParameter)", List.of("org.springframework.jdbc."));
        LAYERS.put("Spring transactions/AOP", List.of("org.springframework.transaction.", "org.springframework.aop."));
        LAYERS.put("Jackson JSON", List.of("tools.jackson.", "com.fasterxml.jackson."));
        LAYERS.put("Spring Security", List.of("org.springframework.security."));
        LAYERS.put("Spring MVC / web", List.of("org.springframework.web.", "org.springframework.http."));
        LAYERS.put("Micrometer / actuator observation", List.of("io.micrometer.", "org.springframework.boot.actuate."));
        LAYERS.put("Tomcat (HTTP, servlet, form parsing)", List.of("org.apache.tomcat.", "org.apache.coyote.",
                "org.apache.catalina."));
        LAYERS.put("Logging", List.of("ch.qos.logback.", "org.slf4j.", "org.apache.logging."));
        LAYERS.put("Spring events / modulith", List.of("org.springframework.context.event.", "org.springframework.modulith."));
        LAYERS.put("OneCity code", List.of("org.onecity."));
        LAYERS.put("java.util.regex", List.of("java.util.regex."));
        LAYERS.put("JDK net/nio", List.of("sun.nio.", "java.net.", "sun.net."));
    }

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Map<String, Integer> leaf = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> onecity = new HashMap<>();
        Map<String, Integer> layerSelf = new LinkedHashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> monitors = new HashMap<>();
        long monitorNanos = 0;
        int samples = 0;
        int gcs = 0;
        Duration gcPause = Duration.ZERO;
        Duration gcMax = Duration.ZERO;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    RecordedStackTrace st = e.getStackTrace();
                    if (st == null || st.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    String thread = e.getThread("sampledThread") == null ? "?"
                            : e.getThread("sampledThread").getJavaName();
                    threads.merge(thread == null ? "?" : thread.replaceAll("-?\\d+$", "-N"), 1, Integer::sum);
                    List<RecordedFrame> frames = st.getFrames();
                    leaf.merge(name(frames.get(0)), 1, Integer::sum);
                    Set<String> seen = new HashSet<>();
                    Set<String> seenOneCity = new HashSet<>();
                    String self = null;
                    for (RecordedFrame f : frames) {
                        String n = name(f);
                        if (seen.add(layerOf(n))) {
                            inclusive.merge(layerOf(n), 1, Integer::sum);
                        }
                        if (self == null && !layerOf(n).equals("other")) {
                            self = layerOf(n);
                        }
                        if (n.startsWith("org.onecity.") && seenOneCity.add(n)) {
                            onecity.merge(n, 1, Integer::sum);
                        }
                    }
                    layerSelf.merge(self == null ? "other (JDK, reflection, ...)" : self, 1, Integer::sum);
                }
                case "jdk.GarbageCollection" -> {
                    gcs++;
                    Duration d = e.getDuration("sumOfPauses");
                    gcPause = gcPause.plus(d);
                    if (d.compareTo(gcMax) > 0) {
                        gcMax = d;
                    }
                }
                case "jdk.JavaMonitorEnter" -> {
                    String cls = e.getClass("monitorClass") == null ? "?" : e.getClass("monitorClass").getName();
                    monitors.merge(cls, 1, Integer::sum);
                    monitorNanos += e.getDuration().toNanos();
                }
                default -> {
                }
            }
        }
        System.out.printf(Locale.ROOT, "execution samples: %d%n%n", samples);
        print("hottest leaf methods (self)", leaf, samples, top);
        print("layer of the first non-JDK frame from the leaf (self, roughly)", layerSelf, samples, top);
        print("samples with a frame of the layer anywhere on the stack (inclusive)", inclusive, samples, top);
        print("OneCity methods (inclusive)", onecity, samples, top);
        print("threads", threads, samples, 8);
        System.out.printf(Locale.ROOT, "GC: %d collections, total pause %.1f ms, longest %.1f ms%n", gcs,
                gcPause.toNanos() / 1e6, gcMax.toNanos() / 1e6);
        System.out.printf(Locale.ROOT, "contended monitor enters (>= threshold): %d, %.1f ms total%n",
                monitors.values().stream().mapToInt(Integer::intValue).sum(), monitorNanos / 1e6);
        monitors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                .forEach(m -> System.out.printf("  %6d %s%n", m.getValue(), m.getKey()));
    }

    static String name(RecordedFrame f) {
        return f.getMethod() == null ? "?" : f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    static String layerOf(String method) {
        for (var l : LAYERS.entrySet()) {
            for (String p : l.getValue()) {
                if (method.startsWith(p)) {
                    return l.getKey();
                }
            }
        }
        return "other";
    }

    static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f%%  %6d  %s%n", 100.0 * e.getValue() / total,
                        e.getValue(), e.getKey()));
        System.out.println();
    }
}
