package kz.qorgau.cases.entity;

/** How a case ended (docs/PRODUCT.md section 4). */
public enum CaseOutcome {
    RESOLVED(true),
    REFERRED(true),
    TRANSFERRED(false),
    MOVED_AWAY(false),
    FALSE_ALARM(false);

    private final boolean needsContact;

    CaseOutcome(boolean needsContact) {
        this.needsContact = needsContact;
    }

    /** Resolving or referring a child presumes someone has met them; the other outcomes may come before that. */
    public boolean needsContact() {
        return needsContact;
    }
}
