package kz.qorgau.earlywarning.rules;

/** Urgency of an early-warning case, in rising order: compare with {@link #isAbove(Level)}. */
public enum Level {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }
}
