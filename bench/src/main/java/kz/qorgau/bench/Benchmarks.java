package kz.qorgau.bench;

/**
 * Picks the benchmark by {@code -Dbench.mode}: {@code engine} (the default, {@link EngineBenchmark}) or
 * {@code case-list} ({@link CaseListExportBenchmark}) or {@code pages} ({@link PageTimeBenchmark}) or {@code load}
 * ({@link LoadBenchmark}).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("bench.mode", "engine");
        switch (mode) {
            case "engine" -> EngineBenchmark.main(args);
            case "case-list" -> CaseListExportBenchmark.main(args);
            case "pages" -> PageTimeBenchmark.main(args);
            case "load" -> LoadBenchmark.main(args);
            case "failover" -> FailoverBenchmark.main(args);
            default -> throw new IllegalArgumentException(
                    "bench.mode is engine, case-list, pages, load or failover, not " + mode);
        }
    }
}
