package kz.qorgau.police.entity;

import java.time.Instant;
import java.time.LocalDate;
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

import kz.qorgau.police.control.NewRaidDelivery;
import kz.qorgau.students.entity.Student;

/** A student brought to a police station during a raid (рейд). Recorded once, never edited. */
@Entity
public class RaidDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "raid_delivery_id")
    @SequenceGenerator(name = "raid_delivery_id", sequenceName = "raid_delivery_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student student;

    private LocalDate deliveredOn;

    @Enumerated(EnumType.STRING)
    private RaidReason reason;

    private String policeUnit;
    private String recordedBy;
    private Instant recordedAt;

    protected RaidDelivery() {
    }

    public RaidDelivery(Student student, NewRaidDelivery delivery, String recordedBy) {
        this.student = Objects.requireNonNull(student, "student");
        this.deliveredOn = Objects.requireNonNull(delivery.date(), "date");
        this.reason = Objects.requireNonNull(delivery.reason(), "reason");
        this.policeUnit = Objects.requireNonNull(delivery.policeUnit(), "policeUnit").strip();
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Student getStudent() {
        return student;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public RaidReason getReason() {
        return reason;
    }

    public String getPoliceUnit() {
        return policeUnit;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
