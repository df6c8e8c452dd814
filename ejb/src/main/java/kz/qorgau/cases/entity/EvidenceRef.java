package kz.qorgau.cases.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kz.qorgau.earlywarning.rules.Evidence;
import kz.qorgau.earlywarning.rules.EvidenceKind;

/** A link from a reason to a record that supports it. */
@Embeddable
public class EvidenceRef {

    @Enumerated(EnumType.STRING)
    private EvidenceKind kind;

    private Long recordId;

    protected EvidenceRef() {
    }

    EvidenceRef(Evidence evidence) {
        this.kind = evidence.kind();
        this.recordId = evidence.recordId();
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public Long getRecordId() {
        return recordId;
    }

    Evidence toEvidence() {
        return new Evidence(kind, recordId);
    }
}
