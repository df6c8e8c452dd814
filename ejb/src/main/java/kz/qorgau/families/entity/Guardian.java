package kz.qorgau.families.entity;

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

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;

/** An adult who answers for the children of a family: a parent, a relative or an appointed guardian. */
@Entity
public class Guardian {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardian_id")
    @SequenceGenerator(name = "guardian_id", sequenceName = "guardian_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Family family;

    private String lastName;
    private String firstName;
    private String middleName;

    private Iin iin;

    @Enumerated(EnumType.STRING)
    private GuardianRelation relation;

    /** Optional: not every guardian gives a number. */
    private PhoneNumber phone;

    protected Guardian() {
    }

    /** A guardian joins a family through {@link Family#addGuardian}, which keeps one entry per IIN. */
    Guardian(Family family, PersonName name, Iin iin, GuardianRelation relation, PhoneNumber phone) {
        this.family = family;
        this.lastName = name.lastName();
        this.firstName = name.firstName();
        this.middleName = name.middleName();
        this.iin = Objects.requireNonNull(iin, "iin");
        this.relation = Objects.requireNonNull(relation, "relation");
        this.phone = phone;
    }

    public Long getId() {
        return id;
    }

    public PersonName getName() {
        return new PersonName(lastName, firstName, middleName);
    }

    public Iin getIin() {
        return iin;
    }

    public GuardianRelation getRelation() {
        return relation;
    }

    public PhoneNumber getPhone() {
        return phone;
    }
}
