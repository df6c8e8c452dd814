package kz.qorgau.safety.control;

/** How many incidents on a school's grounds happened while the school had an open safety defect. */
public record SchoolIncidentCount(long schoolId, long incidents) {
}
