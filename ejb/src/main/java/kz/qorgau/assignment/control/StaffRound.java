package kz.qorgau.assignment.control;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.qorgau.earlywarning.rules.StaffRole;

/**
 * Who is designated at some schools and how many open cases each has, read once for a whole evaluation: assigning
 * thousands of new cases then costs no query per case, and each assignment counts for the next choice.
 */
public final class StaffRound {

    private final Map<String, List<String>> designated;
    private final Map<String, Long> openCases;

    StaffRound(Map<String, List<String>> designated, Map<String, Long> openCases) {
        this.designated = designated;
        this.openCases = new HashMap<>(openCases);
    }

    static String key(long schoolId, StaffRole role) {
        return schoolId + "/" + role;
    }

    /** The designated person with the fewest open cases, counted as having one more from now on. */
    Optional<String> next(long schoolId, StaffRole role) {
        Optional<String> chosen = designated.getOrDefault(key(schoolId, role), List.of()).stream()
                .min(Comparator.comparingLong((String u) -> openCases.getOrDefault(u, 0L))
                        .thenComparing(Comparator.naturalOrder()));
        chosen.ifPresent(username -> openCases.merge(username, 1L, Long::sum));
        return chosen;
    }
}
