package kz.qorgau.referrals.entity;

/** How a guardian gave (or withdrew) consent. */
public enum ConsentManner {
    SIGNED_FORM,
    /** Valid only with the name of the witness. */
    VERBAL_WITH_WITNESS
}
