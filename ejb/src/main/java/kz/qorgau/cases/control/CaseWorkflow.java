package kz.qorgau.cases.control;

import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.cases.entity.ApprovalRequest;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.entity.StaffDesignation;
import kz.qorgau.security.Caller;

/**
 * The steps people take on a case (docs/PRODUCT.md section 4), each against the version of the case the client read and
 * each on the case's timeline: taking it on, the first contact, monitoring, closing, lowering the level,
 * reassigning a role.
 */
@Stateless
public class CaseWorkflow {

    @EJB
    CaseService cases;

    @EJB
    CaseTimeline timeline;

    @EJB
    Schools schools;

    @EJB
    CaseApprovals approvals;

    @EJB
    Supervisors supervisors;

    @Inject
    Clock clock;

    /** A psychologist, social pedagogue or inspector of the student's school answers for the case from now on. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, INSPECTOR})
    public CaseView take(long id, @NotNull(message = "{request.body.required}") @Valid TakeOn request, Caller caller,
                         Locale locale) {
        EarlyWarningCase c = cases.requireCurrent(id, request.version(), caller);
        StaffRole role = CaseActors.staffRoleOf(caller, request.role());
        Instant now = Instant.now();
        c.take(caller.username(), role, now);
        timeline.record(c, CaseEventType.TAKEN, caller.username(), now, caller.username(), role.name());
        return cases.changed(c, caller, locale);
    }

    /** Only someone who answers for the case logs its first contact. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, INSPECTOR})
    public CaseView logFirstContact(long id, @NotNull(message = "{request.body.required}") @Valid FirstContact contact,
                                    Caller caller, Locale locale) {
        EarlyWarningCase c = cases.requireCurrent(id, contact.version(), caller);
        CaseActors.requireAssignee(c, caller);
        Instant now = Instant.now();
        c.logFirstContact(contact.at(), contact.channel(), contact.note().strip(), now);
        timeline.record(c, CaseEventType.FIRST_CONTACT, caller.username(), now, contact.at().toString(),
                contact.channel().name(), contact.note().strip());
        return cases.changed(c, caller, locale);
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR})
    public CaseView changeStatus(long id, @NotNull(message = "{request.body.required}") @Valid CaseStatusChange change,
                                 Caller caller, Locale locale) {
        EarlyWarningCase c = cases.requireCurrent(id, change.version(), caller);
        CaseActors.requireAssigneeOr(c, caller, SCHOOL_ADMIN);
        if (change.status() == CaseStatus.CLOSED) {
            throw new InvalidInput("case.status.close-with-outcome");
        }
        Instant now = Instant.now();
        CaseStatus before = c.changeStatus(change.status(), now);
        timeline.record(c, CaseEventType.STATUS_CHANGED, caller.username(), now, before.name(),
                change.status().name());
        return cases.changed(c, caller, locale);
    }

    /**
     * A worker's closing of a HIGH or CRITICAL case waits for their supervisor: the case stays as it is and shows the
     * request in {@link CaseView#pendingApproval()}.
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR})
    public CaseView close(long id, @NotNull(message = "{request.body.required}") @Valid Closing closing, Caller caller,
                          Locale locale) {
        EarlyWarningCase c = cases.requireCurrent(id, closing.version(), caller);
        CaseActors.requireAssigneeOr(c, caller, SCHOOL_ADMIN);
        Instant now = clock.instant();
        String note = closing.note().strip();
        Optional<String> approver = Supervision.approverOf(c, caller, supervisors);
        if (approver.isPresent()) {
            c.requireClosable(closing.outcome());
            return approvals.request(c, ApprovalRequest.closing(c, closing.outcome(), note, caller.username(),
                    approver.get(), now), caller, locale);
        }
        Supervision.requireNonePending(c);
        CaseChanges.close(c, closing.outcome(), note, caller.username(), now, timeline);
        return cases.changed(c, caller, locale);
    }

    /**
     * The engine only raises the level; a person lowers it, saying why. A worker's lowering of a HIGH or CRITICAL
     * case waits for their supervisor, as closing does.
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR})
    public CaseView lowerLevel(long id, @NotNull(message = "{request.body.required}") @Valid LevelLowering lowering,
                               Caller caller, Locale locale) {
        EarlyWarningCase c = cases.requireCurrent(id, lowering.version(), caller);
        CaseActors.requireAssigneeOr(c, caller, SCHOOL_ADMIN, COORDINATOR);
        Instant now = clock.instant();
        String justification = lowering.justification().strip();
        Optional<String> approver = Supervision.approverOf(c, caller, supervisors);
        if (approver.isPresent()) {
            c.requireLowerThanNow(lowering.level());
            return approvals.request(c, ApprovalRequest.lowering(c, lowering.level(), justification,
                    caller.username(), approver.get(), now), caller, locale);
        }
        Supervision.requireNonePending(c);
        CaseChanges.lowerLevel(c, lowering.level(), justification, caller.username(), now, timeline);
        return cases.changed(c, caller, locale);
    }

    /** Only a person the student's school designated for the role can be handed it. */
    @RolesAllowed({SCHOOL_ADMIN, COORDINATOR})
    public CaseView reassign(long id, @NotNull(message = "{request.body.required}") @Valid Reassignment request,
                             Caller caller, Locale locale) {
        EarlyWarningCase c = cases.requireCurrent(id, request.version(), caller);
        long schoolId = c.getStudent().getSchool().getId();
        String username = request.username().strip();
        boolean designated = schools.designated(schoolId, request.role()).stream()
                .map(StaffDesignation::getUsername)
                .anyMatch(username::equals);
        if (!designated) {
            throw new InvalidInput("case.reassign.not-designated", username, request.role(), schoolId);
        }
        Instant now = Instant.now();
        List<String> released = c.reassign(request.role(), username, now);
        timeline.record(c, CaseEventType.REASSIGNED, caller.username(), now, request.role().name(),
                released.isEmpty() ? "—" : String.join(", ", released), username);
        return cases.changed(c, caller, locale);
    }
}
