package kz.qorgau.earlywarning.rules;

/** Who a case is escalated to, in rising order of distance from the school. */
public enum EscalationTarget {
    SCHOOL_ADMIN,
    COORDINATOR,
    OMBUDSMAN
}
