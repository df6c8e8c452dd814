package kz.qorgau.police.control;

import java.time.LocalDate;

import kz.qorgau.police.entity.RaidReason;

/** A raid delivery as the API shows it. */
public record RaidDeliveryView(long id, long studentId, LocalDate date, RaidReason reason, String policeUnit,
                               String recordedBy) {
}
