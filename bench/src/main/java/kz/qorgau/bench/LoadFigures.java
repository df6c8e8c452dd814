package kz.qorgau.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The response times of the load benchmark per step and kind of request, as Gatling measured them, kept in the same
 * JVM so that the summary table needs no parsing of Gatling's report: p50, p95, p99, throughput and errors.
 */
final class LoadFigures {

    private static final Map<String, Map<String, ConcurrentLinkedQueue<Integer>>> TIMES = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, ConcurrentLinkedQueue<Integer>>> ERRORS = new ConcurrentHashMap<>();

    private LoadFigures() {
    }

    /** When each request ended (System.nanoTime) and whether it succeeded: the failover benchmark's windows. */
    private static final ConcurrentLinkedQueue<Outcome> OUTCOMES = new ConcurrentLinkedQueue<>();
    /** Where each write that was answered 201 says its record is (the Location header). */
    private static final ConcurrentLinkedQueue<String> ACKNOWLEDGED = new ConcurrentLinkedQueue<>();

    record Outcome(long endedNanos, boolean ok) {
    }

    /** @param millis the response time, or -1 when the request got no response at all */
    static void record(String step, String kind, int millis, boolean ok) {
        (ok ? TIMES : ERRORS).computeIfAbsent(step, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(millis);
        OUTCOMES.add(new Outcome(System.nanoTime(), ok));
    }

    static void acknowledged(String location) {
        ACKNOWLEDGED.add(location);
    }

    static List<Outcome> outcomes() {
        return List.copyOf(OUTCOMES);
    }

    static List<String> acknowledged() {
        return List.copyOf(ACKNOWLEDGED);
    }

    /** A Markdown table of every measured step (not the warm-up or the ramps), in the order of the kinds' names. */
    static String table(LoadSteps steps) {
        StringBuilder table = new StringBuilder(
                "| users | request | p50 | p95 | p99 | throughput | errors |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        double seconds = steps.hold().toMillis() / 1000.0;
        for (int users : steps.levels()) {
            String step = LoadSteps.label(users);
            Map<String, ConcurrentLinkedQueue<Integer>> ok = new TreeMap<>(TIMES.getOrDefault(step, Map.of()));
            Map<String, ConcurrentLinkedQueue<Integer>> failed = ERRORS.getOrDefault(step, Map.of());
            failed.keySet().forEach(kind -> ok.putIfAbsent(kind, new ConcurrentLinkedQueue<>()));
            int all = 0;
            int allFailed = 0;
            for (var kind : ok.entrySet()) {
                int[] times = kind.getValue().stream().mapToInt(Integer::intValue).sorted().toArray();
                int errors = failed.getOrDefault(kind.getKey(), new ConcurrentLinkedQueue<>()).size();
                all += times.length + errors;
                allFailed += errors;
                table.append(String.format("| %d | %s | %s | %s | %s | %.1f/s | %d |%n", users, kind.getKey(),
                        percentile(times, 50), percentile(times, 95), percentile(times, 99),
                        (times.length + errors) / seconds, errors));
            }
            table.append(String.format("| %d | **all requests** | | | | **%.1f/s** | %d |%n", users, all / seconds,
                    allFailed));
        }
        return table.toString();
    }

    static String percentile(int[] sorted, int percent) {
        if (sorted.length == 0) {
            return "-";
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] + " ms";
    }
}
