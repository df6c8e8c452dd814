package kz.qorgau.imports.control;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * The students an import may write about, by IIN, in one query, so that checking a row costs no query: those of
 * the schools within the caller's jurisdiction. A row about any other child is rejected as unknown, as a file
 * outside the jurisdiction would be not found. Internal ({@code @PermitAll}): called only by the imports, which declare
 * who may.
 */
@Stateless
@PermitAll
public class StudentIndex {

    @PersistenceContext
    EntityManager em;

    public StudentsByIin<Long> idsByIin(Caller caller, Collection<Long> schoolIds) {
        return byIin(caller, schoolIds, IndexedStudent::id);
    }

    /**
     * The students of the caller's jurisdiction (and of {@code schoolIds} unless null), by IIN, each as the import
     * wants to hold it, apart from the files merged away.
     */
    public <T> StudentsByIin<T> byIin(Caller caller, Collection<Long> schoolIds, Function<IndexedStudent, T> as) {
        TypedQuery<IndexedStudent> query = JurisdictionQuery.create(em, """
                select new kz.qorgau.imports.control.IndexedStudent(s.iin, s.id, sc.id, s.birthDate,
                    s.mergedIntoId)
                from Student s join s.school sc join sc.district d
                where %s%s""".formatted(schoolIds == null ? "" : "sc.id in :onlySchools and ",
                JurisdictionQuery.SCHOOL_WITHIN), IndexedStudent.class, caller.jurisdiction());
        if (schoolIds != null) {
            query.setParameter("onlySchools", schoolIds);
        }
        Map<String, T> students = new HashMap<>();
        Map<String, Long> mergedInto = new HashMap<>();
        for (IndexedStudent s : query.getResultList()) {
            if (s.mergedIntoId() == null) {
                students.put(s.iin().digits(), as.apply(s));
            } else {
                mergedInto.put(s.iin().digits(), s.mergedIntoId());
            }
        }
        return new StudentsByIin<>(students, mergedInto);
    }
}
