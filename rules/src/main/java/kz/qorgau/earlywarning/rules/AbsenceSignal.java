package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/** The unexcused days of absence a school reported for one student over one period. */
public class AbsenceSignal implements Signal {

    private final long absenceId;
    private final long studentId;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final int unexcusedDays;

    public AbsenceSignal(long absenceId, long studentId, LocalDate periodStart, LocalDate periodEnd,
                         int unexcusedDays) {
        this.absenceId = absenceId;
        this.studentId = studentId;
        this.periodStart = Objects.requireNonNull(periodStart, "periodStart");
        this.periodEnd = Objects.requireNonNull(periodEnd, "periodEnd");
        this.unexcusedDays = unexcusedDays;
    }

    public long getAbsenceId() {
        return absenceId;
    }

    @Override
    public long getStudentId() {
        return studentId;
    }

    /** The end of the period: absences are known once the period is reported. */
    @Override
    public LocalDate getDate() {
        return periodEnd;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getUnexcusedDays() {
        return unexcusedDays;
    }

    /** The unexcused days of these absences together. */
    public static int unexcusedDays(Collection<AbsenceSignal> absences) {
        return absences.stream().mapToInt(AbsenceSignal::getUnexcusedDays).sum();
    }

    @Override
    public Evidence evidence() {
        return new Evidence(EvidenceKind.ABSENCE, absenceId);
    }

    @Override
    public Map<String, Object> snapshot() {
        return Map.of("absence", absenceId, "periodStart", periodStart.toString(), "periodEnd",
                periodEnd.toString(), "unexcusedDays", unexcusedDays);
    }

    @Override
    public double weight(Thresholds thresholds) {
        return unexcusedDays * thresholds.getEw09WeightUnexcusedAbsenceDay();
    }

    @Override
    public StaffRole calls() {
        return StaffRole.SOCIAL_PEDAGOGUE;
    }
}
