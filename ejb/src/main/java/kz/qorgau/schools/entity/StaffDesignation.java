package kz.qorgau.schools.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.earlywarning.rules.StaffRole;

/** A person designated by a school for a role the rules ask for: its psychologist, social pedagogue, inspector. */
@Entity
public class StaffDesignation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_designation_id")
    @SequenceGenerator(name = "staff_designation_id", sequenceName = "staff_designation_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School school;

    private String username;

    @Enumerated(EnumType.STRING)
    private StaffRole role;

    protected StaffDesignation() {
    }

    public StaffDesignation(School school, String username, StaffRole role) {
        this.school = school;
        this.username = username;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public String getUsername() {
        return username;
    }

    public StaffRole getRole() {
        return role;
    }
}
