package kz.qorgau.schools.control;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.StaffDesignation;
import kz.qorgau.security.Caller;

/** Schools as the caller may see them, and the staff they designate. */
@Stateless
public class Schools {

    @PersistenceContext
    EntityManager em;

    public Optional<School> findVisible(long schoolId, Caller caller) {
        return Optional.ofNullable(em.find(School.class, schoolId))
                .filter(s -> s.isWithin(caller.jurisdiction()));
    }

    public List<StaffDesignation> designated(long schoolId, StaffRole role) {
        return em.createQuery("""
                        select d from StaffDesignation d
                        where d.school.id = :school and d.role = :role
                        order by d.username""", StaffDesignation.class)
                .setParameter("school", schoolId)
                .setParameter("role", role)
                .getResultList();
    }
}
