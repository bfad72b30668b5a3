import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Load generator for Open311 POST intake (JDK 17 single-file program, JDK HttpClient only).
 *
 * <pre>
 * java IntakeLoad.java closed --url URL --clients N --duration S --warmup W [--out FILE] [--watch app=PID,pg=PID]
 * java IntakeLoad.java open   --url URL --rate R    --duration S --warmup W [--out FILE] [--watch ...]
 * java IntakeLoad.java summarize RESULTS.tsv
 * </pre>
 *
 * closed: N clients, each sends the next request when the previous one answered (peak throughput).
 * open: requests are scheduled at a fixed arrival rate whatever the answers do; the latency of each
 * is measured from its scheduled send time, so stalls are not hidden (no coordinated omission).
 * Only requests inside the measurement window (after the warm-up) are counted. Percentiles are
 * exact (all latencies kept and sorted, nearest-rank). Prints one JSON line with the result; with
 * --out also writes the raw latencies (microseconds, one a line) to FILE.
 * --watch samples the CPU time of those processes (and their descendants) and of the whole machine
 * at the start and end of the window, to tell where the CPU goes per request.
 */
public class IntakeLoad {

    static final String[] DESCRIPTORS = {"rat-sighting", "rat-sighting", "mouse-sighting", "signs-of-rodents",
            "condition-attracting-rodents"};
    static final String[] WHERE = {"sidewalk", "garbage-area"};
    /**
     * Neighbourhood centres on land in all five boroughs; each POST lands within ~200 m of one, so
     * OneCity's service-area check (coordinates in the water are refused) accepts every request
     * and the duplicate search meets real neighbours.
     */
    static final double[][] LAND = {
        {40.7580, -73.9855}, {40.7484, -73.9857}, {40.7306, -73.9866}, {40.7128, -74.0060}, {40.7831, -73.9712},
        {40.8116, -73.9465}, {40.8448, -73.9393}, {40.7614, -73.9776}, {40.7209, -73.9974}, {40.7736, -73.9566},
        {40.6782, -73.9442}, {40.6501, -73.9496}, {40.6928, -73.9903}, {40.7081, -73.9571}, {40.6195, -73.9903},
        {40.6602, -73.9690}, {40.7282, -73.7949}, {40.7498, -73.8700}, {40.7033, -73.8166}, {40.7447, -73.9235},
        {40.8448, -73.8648}, {40.8296, -73.9262}, {40.8677, -73.8990}, {40.8176, -73.8820}, {40.5795, -74.1502},
        {40.6323, -74.1190}, {40.6400, -74.0800}, {40.5623, -74.1120}};

    static final String[] TEXTS = {"Rats near the bags", "Rats running along the curb at night",
            "Droppings by the basement door", "Mice in the lobby, garbage left out for days",
            "Burrows in the tree pit next to the bus stop"};
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        if (args[0].equals("summarize")) {
            Summary.main(Path.of(args[1]));
            return;
        }
        Map<String, String> o = options(args);
        String url = o.getOrDefault("url", "http://localhost:8080/open311/v2/requests.json");
        double duration = Double.parseDouble(o.getOrDefault("duration", "30"));
        double warmup = Double.parseDouble(o.getOrDefault("warmup", "10"));
        String apiKey = o.getOrDefault("api-key", "demo-key");
        Watch watch = new Watch(o.getOrDefault("watch", ""));
        HttpClient.Builder hb = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        if (o.getOrDefault("executor", "default").equals("direct")) {
            hb.executor(Runnable::run); // fewer thread hand-offs: less client CPU on a 2-core machine
        }
        HttpClient http = hb.build();
        Result r;
        switch (args[0]) {
            case "closed" -> r = closed(http, url, apiKey, Integer.parseInt(o.getOrDefault("clients", "8")), warmup,
                    duration, watch);
            case "open" -> r = open(http, url, apiKey, Double.parseDouble(o.get("rate")), warmup, duration, watch);
            default -> {
                usage();
                return;
            }
        }
        if (o.containsKey("out")) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(o.get("out"))))) {
                for (long v : r.latenciesNanos) {
                    w.println(v / 1000);
                }
            }
        }
        System.out.println(r.json());
        System.exit(0);
    }

    static void usage() {
        System.err.println("usage: IntakeLoad closed|open|summarize --url URL [--clients N | --rate R] --duration S"
                + " --warmup W [--out FILE] [--watch name=PID,...]");
        System.exit(2);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                usage();
            }
            o.put(args[i].substring(2), args[++i]);
        }
        return o;
    }

    /** A random, valid rodent report somewhere in Manhattan. */
    static HttpRequest request(String url, String apiKey) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        StringBuilder b = new StringBuilder(256);
        add(b, "api_key", apiKey);
        add(b, "service_code", "dohmh-rodent");
        double[] spot = LAND[rnd.nextInt(LAND.length)];
        add(b, "lat", String.format(Locale.ROOT, "%.6f", spot[0] + (rnd.nextDouble() - 0.5) * 0.004));
        add(b, "long", String.format(Locale.ROOT, "%.6f", spot[1] + (rnd.nextDouble() - 0.5) * 0.004));
        add(b, "attribute[descriptor]", DESCRIPTORS[rnd.nextInt(DESCRIPTORS.length)]);
        int where = rnd.nextInt(4); // 0: none, 1: sidewalk, 2: garbage-area, 3: both
        for (int i = 0; i < WHERE.length; i++) {
            if ((where & (1 << i)) != 0) {
                add(b, "attribute[seen_where][]", WHERE[i]);
            }
        }
        add(b, "description", TEXTS[rnd.nextInt(TEXTS.length)]);
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(b.toString())).build();
    }

    private static void add(StringBuilder b, String k, String v) {
        if (b.length() > 0) {
            b.append('&');
        }
        b.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
    }

    static boolean ok(HttpResponse<String> resp) {
        return resp.statusCode() == 201 && resp.body().contains("\"service_request_id\"");
    }

    static String errorKind(HttpResponse<String> resp, Throwable t) {
        if (t != null) {
            Throwable c = t.getCause() != null && t instanceof java.util.concurrent.CompletionException ? t.getCause() : t;
            return c.getClass().getSimpleName();
        }
        return "http_" + resp.statusCode();
    }

    // ---------------------------------------------------------------- closed loop

    static Result closed(HttpClient http, String url, String apiKey, int clients, double warmup, double duration,
                         Watch watch) throws InterruptedException {
        long t0 = System.nanoTime() + 200_000_000L; // all threads start together
        long start = t0 + (long) (warmup * 1e9);
        long end = start + (long) (duration * 1e9);
        long[][] lat = new long[clients][];
        int[] counts = new int[clients];
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int id = c;
            lat[id] = new long[1 << 14];
            Thread t = new Thread(() -> {
                LockSupport.parkNanos(t0 - System.nanoTime());
                while (true) {
                    long s = System.nanoTime();
                    if (s >= end) {
                        break;
                    }
                    HttpResponse<String> resp = null;
                    Throwable err = null;
                    try {
                        resp = http.send(request(url, apiKey), HttpResponse.BodyHandlers.ofString());
                    } catch (IOException e) {
                        err = e;
                    } catch (InterruptedException e) {
                        return;
                    }
                    long f = System.nanoTime();
                    if (s >= start && f <= end) {
                        if (err == null && ok(resp)) {
                            if (counts[id] == lat[id].length) {
                                lat[id] = Arrays.copyOf(lat[id], lat[id].length * 2);
                            }
                            lat[id][counts[id]++] = f - s;
                        } else {
                            errors.computeIfAbsent(errorKind(resp, err), k -> new LongAdder()).increment();
                        }
                    }
                    if (err != null) {
                        LockSupport.parkNanos(10_000_000L); // do not spin on a dead server
                    }
                }
            }, "client-" + c);
            threads.add(t);
            t.start();
        }
        Thread sampler = watch.sampleAt(start, end);
        for (Thread t : threads) {
            t.join();
        }
        sampler.join();
        int n = Arrays.stream(counts).sum();
        long[] all = new long[n];
        int k = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(lat[c], 0, all, k, counts[c]);
            k += counts[c];
        }
        return new Result("closed", clients, 0, duration, all, errors, watch);
    }

    // ---------------------------------------------------------------- open loop

    static Result open(HttpClient http, String url, String apiKey, double rate, double warmup, double duration,
                       Watch watch) throws InterruptedException {
        long period = (long) (1e9 / rate);
        long t0 = System.nanoTime() + 200_000_000L;
        long start = t0 + (long) (warmup * 1e9);
        long end = start + (long) (duration * 1e9);
        int cap = (int) (rate * duration * 1.1) + 1024;
        long[] lat = new long[cap];
        AtomicInteger n = new AtomicInteger();
        AtomicInteger outstanding = new AtomicInteger();
        AtomicLong inWindowSent = new AtomicLong();
        int maxOutstanding = 1000;
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        Thread sampler = watch.sampleAt(start, end);
        for (long i = 0; ; i++) {
            long scheduled = t0 + i * period;
            if (scheduled >= end) {
                break;
            }
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean counted = scheduled >= start;
            if (counted) {
                inWindowSent.incrementAndGet();
            }
            if (outstanding.get() >= maxOutstanding) {
                if (counted) {
                    errors.computeIfAbsent("overload_not_sent", k -> new LongAdder()).increment();
                }
                continue;
            }
            outstanding.incrementAndGet();
            http.sendAsync(request(url, apiKey), HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
                long f = System.nanoTime();
                outstanding.decrementAndGet();
                if (!counted) {
                    return;
                }
                if (err == null && ok(resp)) {
                    int j = n.getAndIncrement();
                    if (j < lat.length) {
                        lat[j] = f - scheduled;
                    }
                } else {
                    errors.computeIfAbsent(errorKind(resp, err), k -> new LongAdder()).increment();
                }
            });
        }
        long deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos() + 2_000_000_000L;
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (outstanding.get() > 0) {
            errors.computeIfAbsent("unfinished", k -> new LongAdder()).add(outstanding.get());
        }
        sampler.join();
        int count = Math.min(n.get(), lat.length);
        Result r = new Result("open", 0, rate, duration, Arrays.copyOf(lat, count), errors, watch);
        r.sent = inWindowSent.get();
        return r;
    }

    // ---------------------------------------------------------------- results

    static final class Result {
        final String mode;
        final int clients;
        final double rate;
        final double duration;
        final long[] latenciesNanos;
        final Map<String, LongAdder> errors;
        final Watch watch;
        long sent = -1;

        Result(String mode, int clients, double rate, double duration, long[] lat, Map<String, LongAdder> errors,
               Watch watch) {
            this.mode = mode;
            this.clients = clients;
            this.rate = rate;
            this.duration = duration;
            this.latenciesNanos = lat;
            this.errors = errors;
            this.watch = watch;
            Arrays.sort(this.latenciesNanos);
        }

        double pct(double p) {
            int n = latenciesNanos.length;
            if (n == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * n);
            return latenciesNanos[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
        }

        String json() {
            long errs = errors.values().stream().mapToLong(LongAdder::sum).sum();
            double ok = latenciesNanos.length;
            StringBuilder b = new StringBuilder("{");
            b.append(String.format(Locale.ROOT,
                    "\"mode\":\"%s\",\"clients\":%d,\"target_rate\":%.1f,\"duration_s\":%.1f,\"ok\":%d,"
                            + "\"errors\":%d,\"rps\":%.1f,\"p50_ms\":%.2f,\"p90_ms\":%.2f,\"p99_ms\":%.2f,"
                            + "\"p999_ms\":%.2f,\"max_ms\":%.2f",
                    mode, clients, rate, duration, latenciesNanos.length, errs, ok / duration, pct(50), pct(90),
                    pct(99), pct(99.9), pct(100)));
            if (sent >= 0) {
                b.append(",\"scheduled\":").append(sent);
            }
            b.append(",\"error_kinds\":{").append(errors.entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\":" + e.getValue().sum()).collect(Collectors.joining(",")))
                    .append('}');
            b.append(watch.json(latenciesNanos.length));
            return b.append('}').toString();
        }
    }

    // ---------------------------------------------------------------- CPU accounting

    /** CPU seconds of some process trees and of the whole machine, sampled at window start and end. */
    static final class Watch {
        final Map<String, Long> pids = new LinkedHashMap<>();
        final Map<String, double[]> cpu = new LinkedHashMap<>();
        double[] machine = new double[2]; // busy seconds of all cores at start, end
        double wall;

        Watch(String spec) {
            for (String part : spec.split(",")) {
                if (part.contains("=")) {
                    String[] kv = part.split("=", 2);
                    pids.put(kv[0], Long.parseLong(kv[1].trim()));
                }
            }
            pids.put("loadgen", ProcessHandle.current().pid());
        }

        Thread sampleAt(long start, long end) {
            Thread t = new Thread(() -> {
                LockSupport.parkNanos(start - System.nanoTime());
                sample(0);
                long w0 = System.nanoTime();
                LockSupport.parkNanos(end - System.nanoTime());
                sample(1);
                wall = (System.nanoTime() - w0) / 1e9;
            }, "cpu-sampler");
            t.setDaemon(true);
            t.start();
            return t;
        }

        void sample(int i) {
            pids.forEach((name, pid) -> cpu.computeIfAbsent(name, k -> new double[2])[i] = treeCpu(pid));
            machine[i] = machineBusy();
        }

        static double treeCpu(long pid) {
            return ProcessHandle.of(pid).map(p -> {
                double s = cpuOf(p);
                for (ProcessHandle d : p.descendants().toList()) {
                    s += cpuOf(d);
                }
                return s;
            }).orElse(Double.NaN);
        }

        static double cpuOf(ProcessHandle p) {
            return p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        }

        static double machineBusy() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long user = Long.parseLong(f[1]), nice = Long.parseLong(f[2]), sys = Long.parseLong(f[3]);
                long irq = Long.parseLong(f[6]), soft = Long.parseLong(f[7]);
                return (user + nice + sys + irq + soft) / 100.0; // USER_HZ is 100 on Linux
            } catch (Exception e) {
                return Double.NaN;
            }
        }

        String json(long requests) {
            if (wall == 0) {
                return "";
            }
            StringBuilder b = new StringBuilder(",\"cpu\":{");
            b.append(String.format(Locale.ROOT, "\"window_s\":%.2f,\"cores\":%d", wall,
                    Runtime.getRuntime().availableProcessors()));
            double known = 0;
            for (var e : cpu.entrySet()) {
                double used = e.getValue()[1] - e.getValue()[0];
                known += used;
                b.append(String.format(Locale.ROOT, ",\"%s_cores\":%.3f,\"%s_ms_per_req\":%.3f", e.getKey(),
                        used / wall, e.getKey(), requests == 0 ? Double.NaN : used * 1000 / requests));
            }
            double all = machine[1] - machine[0];
            b.append(String.format(Locale.ROOT, ",\"machine_cores\":%.3f,\"other_cores\":%.3f", all / wall,
                    (all - known) / wall));
            return b.append('}').toString();
        }
    }

    // ---------------------------------------------------------------- summary of several rounds

    /**
     * Reads the TSV run.sh writes (round, test, clients, rps, p50, p90, p99, errors, extra...) and
     * prints the markdown table of medians over rounds.
     */
    static final class Summary {
        static void main(Path tsv) throws IOException {
            List<String[]> rows = Files.readAllLines(tsv).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t")).toList();
            Map<String, List<String[]>> byTest = new TreeMap<>();
            List<String> order = new ArrayList<>();
            for (String[] r : rows) {
                String key = r[1] + "\t" + r[2];
                if (!byTest.containsKey(key)) {
                    order.add(key);
                }
                byTest.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
            Map<String, double[]> med = new LinkedHashMap<>();
            for (String key : order) {
                List<String[]> rs = byTest.get(key);
                double[] m = new double[9];
                for (int c = 0; c < 9; c++) {
                    final int col = 3 + c;
                    m[c] = median(rs.stream().mapToDouble(r -> parse(r, col)).toArray());
                }
                med.put(key, m);
            }
            int rounds = (int) rows.stream().map(r -> r[0]).distinct().count();
            System.out.println("| measurement | clients / rate | requests/s | p50 ms | p90 ms | p99 ms | errors |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|");
            for (String key : order) {
                String[] k = key.split("\t");
                double[] m = med.get(key);
                if (k[0].startsWith("start") || k[0].startsWith("restart")) {
                    continue;
                }
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", k[0], k[1], f1(m[0]),
                        f2(m[1]), f2(m[2]), f2(m[3]), f0(m[4]));
            }
            System.out.println();
            System.out.println("| ratio (medians) | value |");
            System.out.println("|---|---:|");
            for (String key : order) {
                String[] k = key.split("\t");
                if (!k[0].startsWith("ours-closed")) {
                    continue;
                }
                for (String other : List.of("pgbench-insert", "pgbench-txn")) {
                    double[] p = med.get(other + "\t" + k[1]);
                    if (p != null) {
                        System.out.printf(Locale.ROOT, "| %s / %s at %s clients | %.3f |%n", k[0], other, k[1],
                                med.get(key)[0] / p[0]);
                    }
                }
            }
            // ratio of the per-round peaks (each round's best ours over its best pgbench-insert)
            List<Double> peakRatios = new ArrayList<>();
            for (String round : rows.stream().map(r -> r[0]).distinct().toList()) {
                double ours = rows.stream().filter(r -> r[0].equals(round) && r[1].startsWith("ours-closed"))
                        .mapToDouble(r -> parse(r, 3)).max().orElse(Double.NaN);
                double pg = rows.stream().filter(r -> r[0].equals(round) && r[1].equals("pgbench-insert"))
                        .mapToDouble(r -> parse(r, 3)).max().orElse(Double.NaN);
                peakRatios.add(ours / pg);
            }
            System.out.printf(Locale.ROOT, "| ours peak / pgbench-insert peak (median of per-round ratios) | %.3f |%n",
                    median(peakRatios.stream().mapToDouble(Double::doubleValue).toArray()));
            System.out.println();
            System.out.println("| start | seconds (median) | runs |");
            System.out.println("|---|---:|---|");
            for (String key : order) {
                String[] k = key.split("\t");
                if (k[0].startsWith("start") || k[0].startsWith("restart")) {
                    List<String[]> rs = byTest.get(key);
                    System.out.printf(Locale.ROOT, "| %s | %.2f | %s |%n", k[0], med.get(key)[0],
                            rs.stream().map(r -> r[3]).collect(Collectors.joining(", ")));
                }
            }
            System.out.println();
            System.out.println("| where the CPU goes (medians) | clients / rate | app ms/req | PostgreSQL ms/req"
                    + " | load client ms/req | others' cores busy |");
            System.out.println("|---|---|---:|---:|---:|---:|");
            for (String key : order) {
                String[] k = key.split("\t");
                double[] m = med.get(key);
                if (k[0].startsWith("start") || k[0].startsWith("restart")) {
                    continue;
                }
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", k[0], k[1], f2(m[6]), f2(m[7]),
                        f2(m[8]), f2(m[5]));
            }
            System.out.println();
            System.out.println("Medians over " + rounds + " rounds.");
        }

        static double parse(String[] r, int col) {
            try {
                return col < r.length ? Double.parseDouble(r[col]) : Double.NaN;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        static double median(double[] v) {
            double[] s = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
            if (s.length == 0) {
                return Double.NaN;
            }
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        static String f0(double v) {
            return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
        }

        static String f1(double v) {
            return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
        }

        static String f2(double v) {
            return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
        }
    }
}
