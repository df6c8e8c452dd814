package kz.qorgau.duplicates.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.StudentStatus;

/**
 * The search of one region for look-alike files, each region in a transaction of its own so that a large one does not
 * hold the others. Plumbing for {@link NightlyDuplicateSearch} ({@code @PermitAll}).
 */
@Stateless
@PermitAll
public class DuplicateSearch {

    @PersistenceContext
    EntityManager em;

    /** Files of the region grouped by birth day; every pair within a day is compared. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DuplicateScan region(long regionId, String by, Instant at) {
        List<File> files = em.createQuery("""
                        select s.id, s.birthDate, s.lastName, s.firstName
                        from Student s join s.school sc join sc.district d
                        where d.region.id = :region and s.status <> :merged
                        order by s.id""", Object[].class)
                .setParameter("region", regionId)
                .setParameter("merged", StudentStatus.MERGED)
                .getResultList().stream()
                .map(r -> new File((Long) r[0], (LocalDate) r[1], (String) r[2], (String) r[3]))
                .toList();
        Map<LocalDate, List<File>> byDay = files.stream()
                .collect(Collectors.groupingBy(File::birthDate, TreeMap::new, Collectors.toList()));
        int added = 0;
        for (List<File> day : byDay.values()) {
            for (LookAlikes.Pair<File> pair : LookAlikes.among(day, File::name)) {
                added += SuspicionRows.add(em, pair.first().id(), pair.second().id(), by, at);
            }
        }
        return new DuplicateScan(1, files.size(), added);
    }

    /** A file as far as the comparison needs it. */
    record File(long id, LocalDate birthDate, String lastName, String firstName) {

        PersonName name() {
            return new PersonName(lastName, firstName, null);
        }
    }
}
