package kz.qorgau.thresholds.entity;

/** A threshold version is proposed, then in force, then replaced. */
public enum ThresholdStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
