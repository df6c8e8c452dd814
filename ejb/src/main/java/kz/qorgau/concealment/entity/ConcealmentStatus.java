package kz.qorgau.concealment.entity;

/**
 * Where a concealment flag stands: open until the school's own report withdraws it, or until a coordinator or an
 * ombudsman confirms that the school kept the incident quiet or dismisses the flag.
 */
public enum ConcealmentStatus {
    OPEN,
    WITHDRAWN,
    CONFIRMED,
    DISMISSED;

    /** Whether a person may settle a flag this way: only a confirmation or a dismissal is theirs to give. */
    public boolean isDecision() {
        return this == CONFIRMED || this == DISMISSED;
    }
}
