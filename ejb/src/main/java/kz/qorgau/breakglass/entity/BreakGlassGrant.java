package kz.qorgau.breakglass.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.students.entity.Student;

/**
 * Emergency access (docs/PRODUCT.md section 5): a person outside the student's jurisdiction reads the file for a short
 * while after stating why. The grant is never extended: a new emergency needs a new reason.
 */
@Entity
public class BreakGlassGrant {

    /** Long enough to act in an emergency, short enough not to become standing access. */
    public static final Duration VALIDITY = Duration.ofHours(2);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "break_glass_grant_id")
    @SequenceGenerator(name = "break_glass_grant_id", sequenceName = "break_glass_grant_id_seq", allocationSize = 50)
    private Long id;

    private String username;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student student;

    private String reason;
    private Instant grantedAt;
    private Instant expiresAt;

    protected BreakGlassGrant() {
    }

    public BreakGlassGrant(String username, Student student, String reason, Instant now) {
        this.username = username;
        this.student = student;
        this.reason = reason;
        this.grantedAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean isValidAt(Instant moment) {
        return !moment.isBefore(grantedAt) && moment.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Student getStudent() {
        return student;
    }

    public String getReason() {
        return reason;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
