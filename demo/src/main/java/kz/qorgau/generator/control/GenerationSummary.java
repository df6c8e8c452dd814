package kz.qorgau.generator.control;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a generation wrote: rows per table, in the order written, and how long it took. */
public record GenerationSummary(long regionId, Map<String, Long> rows, Duration took) {

    /** The tables whose rows are signals the rules read about a student. */
    public static final List<String> SIGNAL_TABLES = List.of("psychologist_session", "incident_participant",
            "survey_result", "police_registration", "raid_delivery", "absence");

    public GenerationSummary {
        rows = Map.copyOf(rows);
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    public long students() {
        return rows("student");
    }

    public long signals() {
        return SIGNAL_TABLES.stream().mapToLong(this::rows).sum();
    }

    @Override
    public String toString() {
        return "region " + regionId + " in " + took.toMillis() + " ms: " + students() + " students, " + signals()
                + " signals; " + rows.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
