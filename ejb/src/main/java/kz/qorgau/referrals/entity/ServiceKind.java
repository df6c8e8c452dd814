package kz.qorgau.referrals.entity;

/** The kinds of service a child is referred to. */
public enum ServiceKind {
    POLYCLINIC,
    MENTAL_HEALTH_CENTRE,
    SOCIAL_PROTECTION,
    MINORS_COMMISSION,
    SHELTER,
    NGO
}
