package kz.qorgau.duplicates.control;

import java.util.List;

import jakarta.persistence.EntityManager;

import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Student;
import kz.qorgau.students.entity.StudentStatus;

/**
 * The other files of a region whose child was born the same day as a file's child, read as the name check needs
 * them: an id and a name. Read as entities with their schools, the hundred or so of a big city's day were loaded into
 * the persistence context and checked for changes at commit, on every opening of a file.
 */
final class SameDayFiles {

    private SameDayFiles() {
    }

    static List<SameDayFile> of(EntityManager em, Student file) {
        return em.createQuery("""
                        select s.id, s.lastName, s.firstName, s.middleName from Student s join s.school sc
                        join sc.district d
                        where d.regionId = :region and s.birthDate = :born and s.id <> :id and s.status <> :merged
                        order by s.id""", Object[].class)
                .setParameter("region", file.getSchool().regionId())
                .setParameter("born", file.getBirthDate())
                .setParameter("id", file.getId())
                .setParameter("merged", StudentStatus.MERGED)
                .getResultList().stream()
                .map(row -> new SameDayFile((Long) row[0],
                        new PersonName((String) row[1], (String) row[2], (String) row[3])))
                .toList();
    }

    record SameDayFile(long id, PersonName name) {
    }
}
