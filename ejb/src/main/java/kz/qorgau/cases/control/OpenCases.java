package kz.qorgau.cases.control;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.students.entity.Student;

/** A child has at most one open case; internal ({@code @PermitAll}), for services that act on it. */
@Stateless
@PermitAll
public class OpenCases {

    @PersistenceContext
    EntityManager em;

    public Optional<EarlyWarningCase> of(Student student) {
        return em.createQuery("""
                        select c from EarlyWarningCase c
                        where c.student = :student and c.status <> :closed""", EarlyWarningCase.class)
                .setParameter("student", student)
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultList().stream()
                .findFirst();
    }
}
