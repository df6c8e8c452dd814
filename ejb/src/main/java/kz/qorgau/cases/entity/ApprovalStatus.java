package kz.qorgau.cases.entity;

public enum ApprovalStatus {
    PENDING, APPROVED, SENT_BACK
}
