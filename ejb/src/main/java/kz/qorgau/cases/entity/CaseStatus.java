package kz.qorgau.cases.entity;

/** docs/PRODUCT.md section 4: NEW, ASSIGNED, IN_PROGRESS (first contact logged), MONITORING, CLOSED. */
public enum CaseStatus {
    NEW,
    ASSIGNED,
    IN_PROGRESS,
    MONITORING,
    CLOSED
}
