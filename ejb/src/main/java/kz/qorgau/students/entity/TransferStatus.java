package kz.qorgau.students.entity;

public enum TransferStatus {
    PENDING,
    CONFIRMED,
    CANCELLED
}
