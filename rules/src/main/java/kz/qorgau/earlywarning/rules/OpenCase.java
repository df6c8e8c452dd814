package kz.qorgau.earlywarning.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** An open case as the deadline rule (EW-10) sees it: when it opened, when first contact was due, and whether it was made. */
public class OpenCase {

    private final long caseId;
    private final long studentId;
    private final Level level;
    private final Instant openedAt;
    private final Instant firstContactDue;
    private final Instant firstContactAt;

    public OpenCase(long caseId, long studentId, Level level, Instant openedAt, Instant firstContactDue,
                    Instant firstContactAt) {
        this.caseId = caseId;
        this.studentId = studentId;
        this.level = Objects.requireNonNull(level, "level");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.firstContactDue = Objects.requireNonNull(firstContactDue, "firstContactDue");
        this.firstContactAt = firstContactAt;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getStudentId() {
        return studentId;
    }

    public Level getLevel() {
        return level;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getFirstContactDue() {
        return firstContactDue;
    }

    public Instant getFirstContactAt() {
        return firstContactAt;
    }

    /** No first contact and the deadline has passed. */
    public boolean isOverdueAt(Instant now) {
        return firstContactAt == null && now.isAfter(firstContactDue);
    }

    /** No first contact and twice the time allowed for it has passed since the case opened. */
    public boolean isOverdueTwiceAt(Instant now) {
        Duration allowed = Duration.between(openedAt, firstContactDue);
        return firstContactAt == null && now.isAfter(openedAt.plus(allowed.multipliedBy(2)));
    }
}
