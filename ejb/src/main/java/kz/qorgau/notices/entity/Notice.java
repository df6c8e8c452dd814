package kz.qorgau.notices.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.schools.entity.School;

/**
 * Something supervisors of a school (its region's coordinators and ombudsmen) must know about, such as a file opened
 * by break-glass. The text is a message key with arguments, rendered in each reader's language.
 */
@Entity
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_id")
    @SequenceGenerator(name = "notice_id", sequenceName = "notice_id_seq", allocationSize = 50)
    private Long id;

    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School school;

    private String messageKey;

    /** The arguments of the message, separated by a unit separator so that no argument text can split them. */
    private String arguments;

    private String recordType;
    private Long recordId;

    protected Notice() {
    }

    public Notice(School school, String messageKey, String recordType, Long recordId, String... arguments) {
        this.createdAt = Instant.now();
        this.school = school;
        this.messageKey = messageKey;
        this.recordType = recordType;
        this.recordId = recordId;
        this.arguments = String.join("\u001f", arguments);
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public School getSchool() {
        return school;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.isEmpty() ? new Object[0] : arguments.split("\u001f", -1);
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }
}
