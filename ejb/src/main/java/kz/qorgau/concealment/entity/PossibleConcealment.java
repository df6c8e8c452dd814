package kz.qorgau.concealment.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import kz.qorgau.schools.entity.School;

/**
 * Rule EW-11's flag: the police or a raid recorded an incident concerning a school that the school did not
 * report itself. For the coordinator and the ombudsman to look into; it opens no case and accuses nobody.
 */
@Entity
@Table(name = "concealment_flag")
public class PossibleConcealment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concealment_flag_id")
    @SequenceGenerator(name = "concealment_flag_id", sequenceName = "concealment_flag_id_seq", allocationSize = 50)
    private Long id;

    private long studentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School school;

    private long incidentId;
    private String ruleId;
    private Instant raisedAt;

    protected PossibleConcealment() {
    }

    public Long getId() {
        return id;
    }

    public long getStudentId() {
        return studentId;
    }

    public School getSchool() {
        return school;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public String getRuleId() {
        return ruleId;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }
}
