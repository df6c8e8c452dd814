package kz.qorgau.imports.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.INSPECTOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.police.entity.PoliceRegistration;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.signals.control.Signals;
import kz.qorgau.students.entity.Student;

/**
 * Imports a police-registrations file (docs/PRODUCT.md section 7): an inspector's register of students, each accepted
 * row a registration with the caller as its inspector; every row validated and reported, nothing applied unless the
 * mode allows it, all in one transaction, and the same file twice adds nothing. The registrations are made by the
 * entity's own factory, so they keep the invariants of a registration made through the API.
 */
@Stateless
@RolesAllowed({INSPECTOR, ADMIN})
public class PoliceRegistrationsImport {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentIndex students;

    @EJB
    AppliedFiles files;

    @EJB
    Signals signals;

    public ImportReport importFile(IncomingFile file, ImportMode mode, Locale locale, Caller caller) {
        try (Upload upload = file.receive()) {
            return importUpload(upload, mode, locale, caller);
        }
    }

    private ImportReport importUpload(Upload upload, ImportMode mode, Locale locale, Caller caller) {
        return files.importFile(ImportKind.POLICE_REGISTRATIONS, null, upload, mode, locale, caller,
                PoliceRegistrationColumn.HEADERS,
                () -> new PoliceRegistrationRowCheck(LocalDate.now(clock),
                        students.byIin(caller, null, s -> new PoliceRegistrationRowCheck.Pupil(s.id(), s.birthDate())),
                        activeSince(caller))::check,
                PoliceRegistrationRow.class,
                // A police registration is a signal about its student (rules EW-05 and EW-09): the rules weigh it
                // once per student of the accepted rows, in this transaction, after the registrations.
                accepted -> {
                    accepted.forEach(row -> register(row, caller));
                    signals.announce(accepted.stream().map(PoliceRegistrationRow::studentId).toList());
                });
    }

    /**
     * The row check already refused a student with an active registration, from the registrations read in this
     * transaction, and a second row for the same student; so there is no current registration to hand the factory.
     */
    private void register(PoliceRegistrationRow row, Caller caller) {
        em.persist(PoliceRegistration.open(em.find(Student.class, row.studentId()), Optional.empty(), row.request(),
                caller.username()));
    }

    /** The registration date of every active registration of a student of the caller's jurisdiction, in one query. */
    private Map<Long, LocalDate> activeSince(Caller caller) {
        Map<Long, LocalDate> since = new HashMap<>();
        JurisdictionQuery.create(em, """
                        select s.id, r.registeredOn from PoliceRegistration r join r.student s join s.school sc
                        join sc.district d
                        where r.removedOn is null and %s""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        Object[].class, caller.jurisdiction())
                .getResultList().stream()
                .forEach(r -> since.put((Long) r[0], (LocalDate) r[1]));
        return since;
    }
}
