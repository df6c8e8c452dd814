package kz.qorgau.audit.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * Who did what to which record, and when. Append-only: the application's database role may only read and insert
 * events, and the database seals them into a hash chain (audit.control.AuditChain).
 */
@Entity
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
    @SequenceGenerator(name = "audit_event_id", sequenceName = "audit_event_id_seq", allocationSize = 50)
    private Long id;

    /** Set by the database on insert (V20), whatever the application would send: no event can be back-dated. */
    @Column(insertable = false, updatable = false)
    private Instant occurredAt;

    private String username;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String recordType;
    private Long recordId;
    private Integer rowCount;

    /** The school the record belonged to when this happened; it decides who may read the event. */
    private Long schoolId;

    protected AuditEvent() {
    }

    public AuditEvent(String username, AuditAction action, String recordType, Long recordId, Integer rowCount,
                      Long schoolId) {
        this.username = username;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.rowCount = rowCount;
        this.schoolId = schoolId;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Integer getRowCount() {
        return rowCount;
    }

    public Long getSchoolId() {
        return schoolId;
    }
}
