package kz.qorgau.imports.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * A file an import applied, remembered by the SHA-256 of its bytes so that the same file uploaded again adds
 * nothing. The kind says which import took it; the scope is what the file was applied to when the kind has one
 * (the campaign of survey results), else null. The database holds one per (kind, scope, hash), whatever races
 * the uploads run.
 */
@Entity
public class ImportedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "imported_file_id")
    @SequenceGenerator(name = "imported_file_id", sequenceName = "imported_file_id_seq", allocationSize = 50)
    private Long id;

    private String kind;
    private Long scopeId;
    private String fileName;
    private String sha256;
    private int rowsApplied;
    private String importedBy;
    private Instant importedAt;

    protected ImportedFile() {
    }

    public ImportedFile(String kind, Long scopeId, String fileName, String sha256, int rowsApplied,
                        String importedBy) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.scopeId = scopeId;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.rowsApplied = rowsApplied;
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.importedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public Long getScopeId() {
        return scopeId;
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
