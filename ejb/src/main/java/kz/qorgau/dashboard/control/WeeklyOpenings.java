package kz.qorgau.dashboard.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.qorgau.earlywarning.rules.Level;

/**
 * Cases opened per week, by level: {@code counts.get(level).get(i)} were opened in the week starting on
 * {@code weeks.get(i)} (a Monday, Kazakhstan's calendar).
 */
public record WeeklyOpenings(List<LocalDate> weeks, Map<Level, List<Long>> counts) {

    public WeeklyOpenings {
        weeks = List.copyOf(weeks);
        counts = Map.copyOf(counts);
    }
}
