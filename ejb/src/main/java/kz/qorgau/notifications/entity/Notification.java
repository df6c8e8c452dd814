package kz.qorgau.notifications.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.schools.entity.School;

/**
 * One notification to one person about one record. It holds the record's number and school, never its content: the
 * text is made from the kind in the reader's language, and the school keeps it within the reader's jurisdiction.
 */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_id")
    @SequenceGenerator(name = "notification_id", sequenceName = "notification_id_seq", allocationSize = 50)
    private Long id;

    private String recipient;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    private RecordType recordType;

    private long recordId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School school;

    private String occasion;

    private Instant createdAt;

    private Instant readAt;

    private Instant digestedAt;

    protected Notification() {
    }

    /** @param occasion what a reminder reminds of (its deadline), so that it is made once; null for an event */
    public Notification(String recipient, NotificationKind kind, long recordId, School school, String occasion,
                        Instant now) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.recordType = kind.recordType();
        this.recordId = recordId;
        this.school = Objects.requireNonNull(school, "school");
        this.occasion = occasion;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public RecordType getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public School getSchool() {
        return school;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
