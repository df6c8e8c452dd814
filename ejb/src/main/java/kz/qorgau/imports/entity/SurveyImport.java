package kz.qorgau.imports.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * A survey-results file that was applied to a campaign, remembered by the SHA-256 of its bytes so that the same
 * file uploaded again adds nothing. The database holds one per (campaign, hash), whatever races the uploads run.
 */
@Entity
public class SurveyImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_import_id")
    @SequenceGenerator(name = "survey_import_id", sequenceName = "survey_import_id_seq", allocationSize = 50)
    private Long id;

    private Long campaignId;
    private String fileName;
    private String sha256;
    private int rowsApplied;
    private String importedBy;
    private Instant importedAt;

    protected SurveyImport() {
    }

    public SurveyImport(long campaignId, String fileName, String sha256, int rowsApplied, String importedBy) {
        this.campaignId = campaignId;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.rowsApplied = rowsApplied;
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.importedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public int getRowsApplied() {
        return rowsApplied;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
