package kz.qorgau.cases.entity;

/** The measures of an intervention plan (docs/PRODUCT.md section 4). */
public enum MeasureKind {
    HOME_VISIT,
    INDIVIDUAL_SESSIONS,
    REFERRAL_PSYCHOLOGICAL_CENTRE,
    REFERRAL_GUARDIANSHIP,
    REFERRAL_MINORS_COMMISSION,
    PARENT_EDUCATION,
    SPECIAL_SCHOOL_PLACEMENT
}
