package kz.qorgau.referrals.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import kz.qorgau.referrals.entity.ConsentManner;
import kz.qorgau.referrals.entity.GuardianConsent;

/** One record of a child's consent history. */
public record ConsentView(long id, long studentId, String guardianName, LocalDate givenOn, ConsentManner how,
                          String witness, boolean withdrawal, String recordedBy, Instant recordedAt)
                          implements Serializable {

    static ConsentView of(GuardianConsent c) {
        return new ConsentView(c.getId(), c.getStudent().getId(), c.getGuardianName(), c.getGivenOn(), c.getHow(),
                c.getWitness(), c.isWithdrawal(), c.getRecordedBy(), c.getRecordedAt());
    }
}
