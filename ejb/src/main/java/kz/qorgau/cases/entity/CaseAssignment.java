package kz.qorgau.cases.entity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.envers.Audited;

import kz.qorgau.earlywarning.rules.StaffRole;

/** A person who answers for a case in one role. */
@Entity
@Audited
public class CaseAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_assignment_id")
    @SequenceGenerator(name = "case_assignment_id", sequenceName = "case_assignment_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private EarlyWarningCase earlyWarningCase;

    private String username;

    @Enumerated(EnumType.STRING)
    private StaffRole role;

    private Instant assignedAt;

    protected CaseAssignment() {
    }

    CaseAssignment(EarlyWarningCase earlyWarningCase, String username, StaffRole role, Instant now) {
        this.earlyWarningCase = earlyWarningCase;
        this.username = username;
        this.role = role;
        this.assignedAt = now;
    }

    public String getUsername() {
        return username;
    }

    public StaffRole getRole() {
        return role;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
