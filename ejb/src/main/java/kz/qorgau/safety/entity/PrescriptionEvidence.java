package kz.qorgau.safety.entity;

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

/**
 * A photo or document proving a remedy, kept in the database with its prescription so that it is backed up,
 * scoped and audited like every other record. Lists read it without its content.
 */
@Entity
public class PrescriptionEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prescription_evidence_id")
    @SequenceGenerator(name = "prescription_evidence_id", sequenceName = "prescription_evidence_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Prescription prescription;

    private String fileName;

    @Enumerated(EnumType.STRING)
    private EvidenceType mediaType;

    private int sizeBytes;
    private byte[] content;
    private String uploadedBy;
    private Instant uploadedAt;

    protected PrescriptionEvidence() {
    }

    public PrescriptionEvidence(Prescription prescription, String fileName, EvidenceType type, byte[] content,
                                String uploadedBy, Instant uploadedAt) {
        this.prescription = Objects.requireNonNull(prescription, "prescription");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(type, "type");
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public Long getId() {
        return id;
    }

    public Prescription getPrescription() {
        return prescription;
    }

    public String getFileName() {
        return fileName;
    }

    public EvidenceType getMediaType() {
        return mediaType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
