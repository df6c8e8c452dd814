package kz.qorgau.safety.control;

import java.time.LocalDate;
import java.util.List;

/** The figures of a safety report for the caller's schools, with the day and period they were taken for. */
public record SafetyReport(LocalDate on, LocalDate from, LocalDate to, List<SchoolSafetyRow> schools,
                           List<SchoolIncidentCount> incidentsAtOpenDefects) {
}
