package kz.qorgau.absences.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import kz.qorgau.students.entity.Student;

/**
 * A student's unexcused absence days in one period (docs/PRODUCT.md section 2); one per (student, period start, period
 * end), the period's end not before its start and the days within the period's length, as the database checks.
 * Rows are written only by the absences import, in JDBC batches with the id from the database's default, so this
 * mapping only reads them.
 */
@Entity
public class Absence {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student student;

    private LocalDate periodStart;
    private LocalDate periodEnd;
    private int unexcusedDays;
    private String importedBy;
    private Instant importedAt;

    protected Absence() {
    }

    public Long getId() {
        return id;
    }

    public Student getStudent() {
        return student;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public int getUnexcusedDays() {
        return unexcusedDays;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
