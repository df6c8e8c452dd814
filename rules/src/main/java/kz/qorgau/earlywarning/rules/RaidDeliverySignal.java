package kz.qorgau.earlywarning.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/** A student brought in by a police raid (at night, from a club, from the street). */
public class RaidDeliverySignal implements Signal {

    private final long deliveryId;
    private final long studentId;
    private final LocalDate date;

    public RaidDeliverySignal(long deliveryId, long studentId, LocalDate deliveredOn) {
        this.deliveryId = deliveryId;
        this.studentId = studentId;
        this.date = Objects.requireNonNull(deliveredOn, "deliveredOn");
    }

    public long getDeliveryId() {
        return deliveryId;
    }

    @Override
    public long getStudentId() {
        return studentId;
    }

    @Override
    public LocalDate getDate() {
        return date;
    }

    @Override
    public Evidence evidence() {
        return new Evidence(EvidenceKind.RAID_DELIVERY, deliveryId);
    }

    @Override
    public Map<String, Object> snapshot() {
        return Map.of("raidDelivery", deliveryId, "date", date.toString());
    }

    @Override
    public double weight(Thresholds thresholds) {
        return thresholds.getEw09WeightRaidDelivery();
    }

    @Override
    public StaffRole calls() {
        return StaffRole.INSPECTOR;
    }
}
