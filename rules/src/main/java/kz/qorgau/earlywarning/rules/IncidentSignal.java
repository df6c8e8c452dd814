package kz.qorgau.earlywarning.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One student's part in one incident: what, when, where, and who brought it to light. */
public class IncidentSignal implements Signal {

    /** Schools in Kazakhstan teach in two shifts, Monday to Saturday; outside these hours a child is not in school. */
    private static final LocalTime SCHOOL_OPENS = LocalTime.of(8, 0);
    private static final LocalTime SCHOOL_CLOSES = LocalTime.of(19, 0);

    private final long incidentId;
    private final long studentId;
    private final LocalDate date;
    private final LocalTime time;
    private final IncidentType type;
    private final ParticipantRole role;
    private final IncidentSource source;
    private final Boolean onSchoolGrounds;

    public IncidentSignal(long incidentId, long studentId, LocalDate date, LocalTime time, IncidentType type,
                          ParticipantRole role, IncidentSource source, Boolean onSchoolGrounds) {
        this.incidentId = incidentId;
        this.studentId = studentId;
        this.date = Objects.requireNonNull(date, "date");
        this.time = time;
        this.type = Objects.requireNonNull(type, "type");
        this.role = Objects.requireNonNull(role, "role");
        this.source = Objects.requireNonNull(source, "source");
        this.onSchoolGrounds = onSchoolGrounds;
    }

    public long getIncidentId() {
        return incidentId;
    }

    @Override
    public long getStudentId() {
        return studentId;
    }

    @Override
    public LocalDate getDate() {
        return date;
    }

    /** The time of day when it is known, else null. */
    public LocalTime getTime() {
        return time;
    }

    public IncidentType getType() {
        return type;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public IncidentSource getSource() {
        return source;
    }

    /** Whether it happened on school grounds; null when nobody said. */
    public Boolean getOnSchoolGrounds() {
        return onSchoolGrounds;
    }

    /** On school grounds, or on a school day at a time the child should have been in school. */
    public boolean isSchoolRelated() {
        if (Boolean.TRUE.equals(onSchoolGrounds)) {
            return true;
        }
        return time != null && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !time.isBefore(SCHOOL_OPENS) && time.isBefore(SCHOOL_CLOSES);
    }

    /** Brought to light by the police or a raid rather than by the school. */
    public boolean isPoliceSourced() {
        return source == IncidentSource.POLICE || source == IncidentSource.RAID;
    }

    /** Whether this incident happened no more than {@code days} days before or after the other. */
    public boolean isWithinDaysOf(IncidentSignal other, int days) {
        return !date.isBefore(other.date.minusDays(days)) && !date.isAfter(other.date.plusDays(days));
    }

    /** Whether the student took the given part in any of these incidents. */
    public static boolean anyAs(Collection<IncidentSignal> incidents, ParticipantRole role) {
        return incidents.stream().anyMatch(i -> i.role == role);
    }

    @Override
    public Evidence evidence() {
        return new Evidence(EvidenceKind.INCIDENT, incidentId);
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("incident", incidentId);
        seen.put("date", date.toString());
        if (time != null) {
            seen.put("time", time.toString());
        }
        seen.put("type", type.name());
        seen.put("role", role.name());
        seen.put("source", source.name());
        if (onSchoolGrounds != null) {
            seen.put("onSchoolGrounds", onSchoolGrounds);
        }
        return seen;
    }

    @Override
    public double weight(Thresholds thresholds) {
        return switch (role) {
            case PERPETRATOR -> thresholds.getEw09WeightIncidentPerpetrator();
            case VICTIM -> thresholds.getEw09WeightIncidentVictim();
            default -> 0;
        };
    }

    @Override
    public StaffRole calls() {
        return role == ParticipantRole.PERPETRATOR ? StaffRole.INSPECTOR : StaffRole.PSYCHOLOGIST;
    }
}
