package kz.qorgau.hotline.entity;

/** The operator's judgement of how soon someone must act on the report. */
public enum Urgency {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
