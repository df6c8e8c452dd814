package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/** One student's part in one incident. */
public class IncidentSignal {

    private final long incidentId;
    private final long studentId;
    private final LocalDate date;
    private final IncidentType type;
    private final ParticipantRole role;

    public IncidentSignal(long incidentId, long studentId, LocalDate date, IncidentType type, ParticipantRole role) {
        this.incidentId = incidentId;
        this.studentId = studentId;
        this.date = Objects.requireNonNull(date, "date");
        this.type = Objects.requireNonNull(type, "type");
        this.role = Objects.requireNonNull(role, "role");
    }

    public long getIncidentId() {
        return incidentId;
    }

    public long getStudentId() {
        return studentId;
    }

    public LocalDate getDate() {
        return date;
    }

    public IncidentType getType() {
        return type;
    }

    public ParticipantRole getRole() {
        return role;
    }

    /** Whether the student took the given part in any of these incidents. */
    public static boolean anyAs(Collection<IncidentSignal> incidents, ParticipantRole role) {
        return incidents.stream().anyMatch(i -> i.role == role);
    }
}
