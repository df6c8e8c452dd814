package kz.qorgau.thresholds.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import kz.qorgau.platform.InvalidInput;

/**
 * One version of the catalogue's thresholds. A draft can be tried (what-if) and activated; the version in force is
 * retired when another is activated. Its settings never change once written: a change is a new version.
 */
@Entity
public class ThresholdVersion {

    /** The width of the column: a note says in a few sentences why the thresholds change. */
    public static final int NOTE_MAX = 1000;

    @Id
    private int number;

    /** JSON; a field left out holds the catalogue's value. */
    private String settings;

    @Enumerated(EnumType.STRING)
    private ThresholdStatus status;

    private String note;
    private String createdBy;
    private Instant createdAt;
    private String activatedBy;
    private Instant activatedAt;

    @Version
    private long version;

    protected ThresholdVersion() {
    }

    /** @throws InvalidInput when the note is missing, blank or longer than {@link #NOTE_MAX} */
    public ThresholdVersion(int number, String settings, String note, String createdBy, Instant createdAt) {
        if (note == null || note.isBlank()) {
            throw new InvalidInput("thresholds.note.required");
        }
        if (note.strip().length() > NOTE_MAX) {
            throw new InvalidInput("thresholds.note.too-long");
        }
        this.number = number;
        this.settings = settings;
        this.status = ThresholdStatus.DRAFT;
        this.note = note.strip();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** @throws InvalidInput unless this is a draft */
    public void activate(String by, Instant at) {
        if (status != ThresholdStatus.DRAFT) {
            throw new InvalidInput("thresholds.not-draft", number, status.name());
        }
        status = ThresholdStatus.ACTIVE;
        activatedBy = by;
        activatedAt = at;
    }

    public void retire() {
        status = ThresholdStatus.RETIRED;
    }

    public int getNumber() {
        return number;
    }

    public String getSettings() {
        return settings;
    }

    public ThresholdStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getActivatedBy() {
        return activatedBy;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }
}
