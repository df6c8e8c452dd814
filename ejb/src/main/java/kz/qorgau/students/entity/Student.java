package kz.qorgau.students.entity;

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
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.School;

/** A child's file. One per IIN: the database refuses a second. */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "student_id")
    @SequenceGenerator(name = "student_id", sequenceName = "student_id_seq", allocationSize = 50)
    private Long id;

    private Iin iin;

    private String lastName;
    private String firstName;
    private String middleName;
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School school;

    private Integer grade;
    private String classLetter;

    @Enumerated(EnumType.STRING)
    private StudentStatus status;

    private String statusReason;

    private Instant createdAt;

    /** The family the student lives in, by id: families are kept by the families feature. */
    private Long familyId;

    /** The file this one was merged into, while the merge stands. */
    private Long mergedIntoId;

    @Version
    private long version;

    protected Student() {
    }

    /**
     * A new active student. The birth date and sex are those the IIN encodes; given ones must agree with it,
     * since a mismatch means one of them was typed wrong.
     */
    public Student(Iin iin, PersonName name, LocalDate birthDate, Sex sex, School school, Integer grade,
                   String classLetter) {
        this.iin = Objects.requireNonNull(iin, "iin");
        if (birthDate != null && !birthDate.equals(iin.birthDate())) {
            throw new InvalidInput("iin.birth-date-mismatch", iin, birthDate);
        }
        if (sex != null && sex != iin.sex()) {
            throw new InvalidInput("iin.sex-mismatch", iin, sex);
        }
        this.lastName = name.lastName();
        this.firstName = name.firstName();
        this.middleName = name.middleName();
        this.birthDate = iin.birthDate();
        this.sex = iin.sex();
        this.school = Objects.requireNonNull(school, "school");
        this.grade = grade;
        this.classLetter = classLetter;
        this.status = StudentStatus.ACTIVE;
        this.createdAt = Instant.now();
    }

    /** Corrects the name and class; the IIN, and with it birth date and sex, never change. */
    public void correct(PersonName name, Integer grade, String classLetter) {
        this.lastName = name.lastName();
        this.firstName = name.firstName();
        this.middleName = name.middleName();
        this.grade = grade;
        this.classLetter = classLetter;
    }

    /** @throws InvalidInput for a merged file, or to mark one merged: only a merge and its undo do that */
    public void changeStatus(StudentStatus newStatus, String reason) {
        if (status == StudentStatus.MERGED || newStatus == StudentStatus.MERGED) {
            throw new InvalidInput("student.status.merged", String.valueOf(id));
        }
        this.status = newStatus;
        this.statusReason = reason;
    }

    /**
     * @throws InvalidInput for a merged file: what is recorded about the child belongs on the file it was merged into,
     *                      where the cases, the rules and the people working with the child see it
     */
    public Student requireNotMerged() {
        if (status == StudentStatus.MERGED) {
            throw new InvalidInput("student.merged.records", String.valueOf(id), String.valueOf(mergedIntoId));
        }
        return this;
    }

    /** Only a confirmed transfer moves a student; see {@link StudentTransfer#confirm(String)}. */
    void moveTo(School receivingSchool) {
        this.school = receivingSchool;
        this.status = StudentStatus.ACTIVE;
    }

    /** Marks this file as merged into {@code kept}; what it held has been moved there by then. */
    public void mergeInto(Student kept) {
        if (kept.id.equals(id)) {
            throw new InvalidInput("duplicates.merge.same-student", String.valueOf(id));
        }
        if (status == StudentStatus.MERGED || kept.status == StudentStatus.MERGED) {
            throw new InvalidInput("duplicates.merge.already-merged", String.valueOf(id), String.valueOf(kept.id));
        }
        this.mergedIntoId = kept.id;
        this.status = StudentStatus.MERGED;
    }

    /** An undone merge gives the file back the status it had before. */
    public void restoreAfterMerge(StudentStatus previous, String previousReason) {
        this.mergedIntoId = null;
        this.status = previous;
        this.statusReason = previousReason;
    }

    /** The file this one was merged into, or null. */
    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Long getId() {
        return id;
    }

    public Iin getIin() {
        return iin;
    }

    public PersonName getName() {
        return new PersonName(lastName, firstName, middleName);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public School getSchool() {
        return school;
    }

    public Integer getGrade() {
        return grade;
    }

    public String getClassLetter() {
        return classLetter;
    }

    public StudentStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    /** The family the student lives in, or null. */
    public Long getFamilyId() {
        return familyId;
    }

    /** A student belongs to one family at a time; joining the same family again changes nothing. */
    public void joinFamily(long familyId) {
        if (this.familyId != null && this.familyId != familyId) {
            // ids as text, so that the message does not group their digits like an amount
            throw new DuplicateRecord("family.member.in-other-family", String.valueOf(id),
                    String.valueOf(this.familyId));
        }
        this.familyId = familyId;
    }

    /** @throws InvalidInput when the student is not a member of that family */
    public void leaveFamily(long familyId) {
        if (this.familyId == null || this.familyId != familyId) {
            throw new InvalidInput("family.member.not-member", String.valueOf(id), String.valueOf(familyId));
        }
        this.familyId = null;
    }

    public long getVersion() {
        return version;
    }
}
