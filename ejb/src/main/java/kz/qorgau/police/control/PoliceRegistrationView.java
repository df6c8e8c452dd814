package kz.qorgau.police.control;

import java.io.Serializable;
import java.time.LocalDate;

import kz.qorgau.police.entity.PoliceRegistration;
import kz.qorgau.police.entity.RegistrationReason;
import kz.qorgau.police.entity.RemovalGround;

/** A registration as the API shows it; the basis document and notes are empty once it is anonymised. */
public record PoliceRegistrationView(long id, long studentId, RegistrationReason reason, LocalDate registeredOn,
                                     LocalDate reviewOn, String basisDocument, String note, String inspector,
                                     boolean active, LocalDate removedOn, RemovalGround removalGround,
                                     String removalNote, LocalDate anonymiseAfter, boolean legalHold,
                                     boolean anonymised) implements Serializable {

    static PoliceRegistrationView of(PoliceRegistration r) {
        return new PoliceRegistrationView(r.getId(), r.getStudent().getId(), r.getReason(), r.getRegisteredOn(),
                r.getReviewOn(), r.getBasisDocument(), r.getNote(), r.getInspector(), r.isActive(), r.getRemovedOn(),
                r.getRemovalGround(), r.getRemovalNote(), r.getAnonymiseAfter(), r.isLegalHold(), r.isAnonymised());
    }
}
