package kz.qorgau.imports.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.students.entity.Iin;

/**
 * The students an import may write about, by IIN, in one query, so that checking a row costs no query: those of
 * the schools within the caller's jurisdiction. A row about any other child is rejected as unknown, as a file
 * outside the jurisdiction would be not found.
 */
@Stateless
public class StudentIndex {

    @PersistenceContext
    EntityManager em;

    /** @param schoolIds when not null, only the students of these schools (a campaign's) */
    public Map<String, Long> idsByIin(Caller caller, Collection<Long> schoolIds) {
        TypedQuery<Object[]> query = JurisdictionQuery.bind(em.createQuery("""
                select s.iin, s.id from Student s join s.school sc join sc.district d
                where %s%s""".formatted(schoolIds == null ? "" : "sc.id in :onlySchools and ",
                JurisdictionQuery.SCHOOL_WITHIN), Object[].class), caller.jurisdiction());
        if (schoolIds != null) {
            query.setParameter("onlySchools", schoolIds);
        }
        Map<String, Long> students = new HashMap<>();
        query.getResultStream().forEach(r -> students.put(((Iin) r[0]).digits(), (Long) r[1]));
        return students;
    }
}
