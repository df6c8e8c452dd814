package kz.qorgau.safety.control;

import java.io.Serializable;
import java.time.Instant;

import kz.qorgau.safety.entity.PrescriptionEvidence;

/** A file attached to a prescription, without its content: {@code mediaType} as its bytes showed it to be. */
public record EvidenceView(long id, String fileName, String mediaType, int sizeBytes, String uploadedBy,
                           Instant uploadedAt) implements Serializable {

    static EvidenceView of(PrescriptionEvidence e) {
        return new EvidenceView(e.getId(), e.getFileName(), e.getMediaType().mediaType(), e.getSizeBytes(),
                e.getUploadedBy(), e.getUploadedAt());
    }
}
