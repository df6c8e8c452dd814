package kz.qorgau.safety.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.hibernate.Session;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.control.CustomPlans;
import kz.qorgau.safety.entity.PrescriptionStatus;
import kz.qorgau.safety.entity.SafetyProfile;
import kz.qorgau.safety.entity.SafetyState;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;
import kz.qorgau.security.JurisdictionQuery;

/**
 * The figures of a school safety report for the schools of a jurisdiction, one plain row per school, so that a
 * workbook can be laid out on them. A handful of grouped queries, whatever the number of schools. The figures by
 * jurisdiction are {@code @PermitAll}: the reports that lay them out declare who may.
 */
@Stateless
public class SafetyStatistics {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    /**
     * Both lists for the caller's jurisdiction, audited as a read of that many schools.
     *
     * @throws InvalidInput when the period ends before it starts
     */
    @RolesAllowed({COORDINATOR, OMBUDSMAN, ADMIN})
    public SafetyReport report(Caller caller, LocalDate on, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("safety.statistics.period", from.toString(), to.toString());
        }
        List<SchoolSafetyRow> rows = schools(caller.jurisdiction(), on, from, to);
        audit.recordList(caller, "safety-statistics", rows.size());
        return new SafetyReport(on, from, to, rows, incidentsAtOpenDefects(caller.jurisdiction(), from, to));
    }

    /**
     * @param on the report's day: contracts current and prescriptions open (issued by then, not closed by then)
     * @param from first day of the period whose inspections are counted
     * @param to last day of that period
     */
    @PermitAll
    public List<SchoolSafetyRow> schools(Jurisdiction jurisdiction, LocalDate on, LocalDate from, LocalDate to) {
        Map<Long, SafetyState> profiles = new HashMap<>();
        query("""
                select p, sc.id from SafetyProfile p, School sc join sc.district d
                where p.schoolId = sc.id and %s""", jurisdiction).getResultList().stream()
                .forEach(row -> profiles.put((Long) row[1], ((SafetyProfile) row[0]).getState()));
        Map<Long, Long> inspections = counts(query("""
                select sc.id, count(i) from Inspection i join i.school sc join sc.district d
                where %s and i.visitedOn between :from and :to group by sc.id""", jurisdiction)
                .setParameter("from", from).setParameter("to", to).getResultList(), 1);
        List<Object[]> open = query("""
                select sc.id, count(p), sum(case when p.status = :open and p.deadline < :on then 1 else 0 end)
                from Prescription p join p.school sc join sc.district d
                where %s and p.issuedOn <= :on and (p.closedOn is null or p.closedOn > :on)
                group by sc.id""", jurisdiction)
                .setParameter("open", PrescriptionStatus.OPEN).setParameter("on", on).getResultList();
        Map<Long, Long> openCounts = counts(open, 1);
        Map<Long, Long> overdueCounts = counts(open, 2);
        return query("select sc.id, d.id from School sc join sc.district d where %s order by sc.id", jurisdiction)
                .getResultList().stream().map(row -> {
                    long school = (Long) row[0];
                    SafetyState state = profiles.getOrDefault(school, SafetyState.nothingRecorded());
                    SafetyState.Cctv cctv = state.cctv();
                    return new SchoolSafetyRow(school, (Long) row[1], profiles.containsKey(school),
                            state.panicButton().present(), state.panicButton().connected(),
                            cctv.cameras() > 0 && cctv.working() == cctv.cameras(), cctv.connected(),
                            state.guardContractCurrentOn(on), inspections.getOrDefault(school, 0L),
                            openCounts.getOrDefault(school, 0L), overdueCounts.getOrDefault(school, 0L));
                }).toList();
    }

    /**
     * Incidents on school grounds within the period at schools that had an open prescription on the incident's
     * day, per school; an incident is counted at the current school of each of its participants. Only the few schools
     * with a prescription open at some time in the period can count, and the query starts from them: from the
     * incidents, it read every incident of a region for a handful of schools.
     */
    @PermitAll
    public List<SchoolIncidentCount> incidentsAtOpenDefects(Jurisdiction jurisdiction, LocalDate from, LocalDate to) {
        return query("""
                select sc.id, count(distinct i.id)
                from Incident i join i.participants pt join Student s on s.id = pt.studentId
                     join s.school sc join sc.district d
                where %s and i.onSchoolGrounds = true and i.occurredOn between :from and :to
                  and sc.id in (select q.school.id from Prescription q
                                where q.issuedOn <= :to and (q.closedOn is null or q.closedOn > :from))
                  and exists (select p.id from Prescription p
                              where p.school = sc and p.issuedOn <= i.occurredOn
                                and (p.closedOn is null or p.closedOn > i.occurredOn))
                group by sc.id order by sc.id""", jurisdiction)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream()
                .map(row -> new SchoolIncidentCount((Long) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    private TypedQuery<Object[]> query(String jpql, Jurisdiction jurisdiction) {
        em.unwrap(Session.class).doWork(CustomPlans::inTransaction);
        return JurisdictionQuery.create(em, jpql.formatted(JurisdictionQuery.SCHOOL_WITHIN), Object[].class,
                jurisdiction);
    }

    private static Map<Long, Long> counts(List<Object[]> rows, int column) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], ((Number) row[column]).longValue()));
        return counts;
    }
}
