package kz.qorgau.cases.entity;

/** Where a measure of the plan stands; DONE and CANCELLED are final. */
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isFinal() {
        return this == DONE || this == CANCELLED;
    }
}
