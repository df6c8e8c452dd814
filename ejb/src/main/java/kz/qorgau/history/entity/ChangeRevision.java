package kz.qorgau.history.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed change set of the audited records (Hibernate Envers): students and cases keep every earlier
 * state. Who acted is in the audit trail; this keeps what the record looked like.
 */
@Entity
@RevisionEntity
public class ChangeRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_revision_id")
    @SequenceGenerator(name = "change_revision_id", sequenceName = "change_revision_id_seq", allocationSize = 50)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    private long changedAt;

    public Long getId() {
        return id;
    }

    public long getChangedAt() {
        return changedAt;
    }
}
