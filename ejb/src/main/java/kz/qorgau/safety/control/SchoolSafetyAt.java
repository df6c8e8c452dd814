package kz.qorgau.safety.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.safety.entity.Prescription;

/**
 * Schools' safety as it was at a past moment, for an incident on school grounds: the profile from its history,
 * and the prescriptions issued by then and not yet closed. A prescription counts from the day of the visit that
 * found the defect: the defect was there from then. Internal ({@code @PermitAll}): only other beans call it, and they
 * declare who may make the request.
 */
@Stateless
@PermitAll
public class SchoolSafetyAt {

    @PersistenceContext
    EntityManager em;

    @EJB
    SafetyProfiles profiles;

    public List<SchoolSafetySnapshot> at(Collection<Long> schoolIds, Instant moment) {
        LocalDate day = LocalDate.ofInstant(moment, Kazakhstan.TIME_ZONE);
        return schoolIds.stream().map(schoolId -> new SchoolSafetySnapshot(schoolId, moment,
                profiles.asOf(schoolId, moment).map(SafetyFacts::of).orElse(null),
                openAt(schoolId, moment, day))).toList();
    }

    private List<SchoolSafetySnapshot.OpenPrescription> openAt(long schoolId, Instant moment, LocalDate day) {
        return em.createQuery("""
                        select p from Prescription p
                        where p.school.id = :school and p.issuedOn <= :day
                          and (p.closedAt is null or p.closedAt > :moment)
                        order by p.deadline, p.id""", Prescription.class)
                .setParameter("school", schoolId)
                .setParameter("day", day)
                .setParameter("moment", moment)
                .getResultList().stream()
                .map(p -> new SchoolSafetySnapshot.OpenPrescription(p.getId(), p.getItem(), p.getFinding(),
                        p.getRequirement(), p.getIssuedOn(), p.getDeadline(), p.getDeadline().isBefore(day)))
                .toList();
    }
}
