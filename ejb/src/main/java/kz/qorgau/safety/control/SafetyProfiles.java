package kz.qorgau.safety.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.StaleRecord;
import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Prescription;
import kz.qorgau.safety.entity.ProfileOrigin;
import kz.qorgau.safety.entity.SafetyProfile;
import kz.qorgau.safety.entity.SafetyProfileChange;
import kz.qorgau.safety.entity.SafetyState;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;

/**
 * The safety profiles of the schools within the caller's jurisdiction: read, edited with the version read, and
 * every committed state kept with who made it, so that the profile at any past moment can be shown. The states for
 * other beans (inspections, incidents, the demo loader) are {@code @PermitAll}: those beans declare who may.
 */
@Stateless
public class SafetyProfiles {

    @Inject
    Clock clock;

    static final String RECORD_TYPE = "safety-profile";

    @PersistenceContext
    EntityManager em;

    @EJB
    Schools schools;

    @EJB
    AuditTrail audit;

    @EJB
    Prescriptions prescriptions;

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public ProfileView read(long schoolId, Caller caller) {
        School school = schools.requireVisible(schoolId, caller);
        audit.record(caller, AuditAction.READ, RECORD_TYPE, schoolId, school.getId());
        return view(schoolId);
    }

    /** @throws StaleRecord naming the current version when the profile changed since the client read it */
    @RolesAllowed({SCHOOL_ADMIN, INSPECTOR, ADMIN})
    public ProfileView change(long schoolId, @NotNull(message = "{request.body.required}") @Valid ProfileChange change,
                              Caller caller) {
        School school = schools.requireVisible(schoolId, caller);
        SafetyProfile profile = em.find(SafetyProfile.class, schoolId);
        long current = profile == null ? 0 : profile.getVersion();
        if (current != change.version()) {
            throw new StaleRecord(RECORD_TYPE, schoolId, current);
        }
        record(school, change.profile().toState(), caller.username(), ProfileOrigin.EDIT, null, Instant.now());
        em.flush();
        audit.record(caller, AuditAction.UPDATE, RECORD_TYPE, schoolId, school.getId());
        return view(schoolId);
    }

    /**
     * The items an inspection of the school must check, from its profile as it stands today, each with the
     * prescription still open on it.
     */
    @RolesAllowed({SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<ChecklistEntry> checklist(long schoolId, Caller caller) {
        schools.requireVisible(schoolId, caller);
        LocalDate today = LocalDate.now(clock);
        Map<ChecklistItem, Prescription> open = prescriptions.openByItem(schoolId);
        return Checklist.of(stateOf(schoolId), today).stream()
                .map(e -> open.containsKey(e.item())
                        ? e.with(ChecklistEntry.OpenPrescription.of(open.get(e.item()), today)) : e)
                .toList();
    }

    /** Every committed state, oldest first, each with the parts it changed from the one before. */
    @RolesAllowed({SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<ProfileRevision> history(long schoolId, int page, int size, Caller caller) {
        School school = schools.requireVisible(schoolId, caller);
        audit.record(caller, AuditAction.READ, "safety-profile-history", schoolId, school.getId());
        int first = page * size;
        // The change before the page too, to tell what the page's first change changed.
        List<SafetyProfileChange> changes = em.createQuery("""
                        select c from SafetyProfileChange c where c.schoolId = :school
                        order by c.changedAt, c.id""", SafetyProfileChange.class)
                .setParameter("school", schoolId)
                .setFirstResult(Math.max(0, first - 1))
                .setMaxResults(first > 0 ? size + 1 : size)
                .getResultList();
        List<ProfileRevision> revisions = new ArrayList<>();
        SafetyState before = first > 0 && !changes.isEmpty() ? changes.get(0).getState() : SafetyState.nothingRecorded();
        for (SafetyProfileChange c : first > 0 && !changes.isEmpty() ? changes.subList(1, changes.size()) : changes) {
            revisions.add(new ProfileRevision(c.getId(), c.getChangedAt(), c.getChangedBy(), c.getOrigin(),
                    c.getInspectionId(), c.getState().differencesFrom(before), SafetyFacts.of(c.getState())));
            before = c.getState();
        }
        return revisions;
    }

    /** The profile as it stands, or nothing recorded for a school nobody described. */
    @PermitAll
    public SafetyState stateOf(long schoolId) {
        return Optional.ofNullable(em.find(SafetyProfile.class, schoolId)).map(SafetyProfile::getState)
                .orElseGet(SafetyState::nothingRecorded);
    }

    /** The profile as it was at a moment: the last change committed before it, if any. */
    @PermitAll
    public Optional<SafetyState> asOf(long schoolId, Instant moment) {
        return em.createQuery("""
                        select c from SafetyProfileChange c where c.schoolId = :school and c.changedAt <= :moment
                        order by c.changedAt desc, c.id desc""", SafetyProfileChange.class)
                .setParameter("school", schoolId)
                .setParameter("moment", moment)
                .setMaxResults(1)
                .getResultList().stream().findFirst().map(SafetyProfileChange::getState);
    }

    /**
     * Puts the state on the school's profile and into its history, unless it is the same. A school's first
     * profile is stored blank first, so that the first real state is version 1 and a client still holding version
     * 0 is told it is stale.
     */
    @PermitAll
    public void record(School school, SafetyState next, String by, ProfileOrigin origin, Long inspectionId,
                       Instant now) {
        SafetyProfile profile = em.find(SafetyProfile.class, school.getId());
        if (profile == null) {
            profile = new SafetyProfile(school.getId(), SafetyState.nothingRecorded());
            em.persist(profile);
            em.flush();
        }
        if (profile.change(next)) {
            em.persist(new SafetyProfileChange(school.getId(), next, by, origin, inspectionId, now));
        }
    }

    private ProfileView view(long schoolId) {
        SafetyProfile profile = em.find(SafetyProfile.class, schoolId);
        return profile == null
                ? new ProfileView(schoolId, false, SafetyFacts.of(SafetyState.nothingRecorded()), 0)
                : new ProfileView(schoolId, true, SafetyFacts.of(profile.getState()), profile.getVersion());
    }
}
