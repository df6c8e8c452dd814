package kz.qorgau.safety.entity;

/** What an inspection checks at a school, each item one line of the inspector's form. */
public enum ChecklistItem {
    PANIC_BUTTON,
    PANIC_BUTTON_CONNECTED,
    CCTV_WORKING,
    CCTV_CONNECTED,
    CCTV_ENTRANCES,
    ACCESS_CONTROL,
    GUARD,
    FENCE,
    LIGHTING,
    /** An outdoor toilet takes pupils out of the guarded building: having one is the defect. */
    OUTDOOR_TOILET
}
