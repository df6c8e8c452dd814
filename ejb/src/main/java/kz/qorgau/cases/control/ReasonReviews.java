package kz.qorgau.cases.control;

import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.CaseReason;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.security.Caller;

/**
 * Against alert fatigue (docs/PRODUCT.md section 3): the people of a case mark a reason as already known, or snooze it
 * for a stated period with a written reason; assignees say whether the warning was useful.
 */
@Stateless
public class ReasonReviews {

    @Inject
    Clock clock;

    /** A snooze is a pause, not a way to silence a rule for good. */
    static final int LONGEST_SNOOZE_DAYS = 180;

    @PersistenceContext
    EntityManager em;

    @EJB
    CaseService cases;

    @EJB
    CaseTimeline timeline;

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR})
    public CaseView markKnown(long caseId, long reasonId,
                              @NotNull(message = "{request.body.required}") @Valid KnownMarking marking,
                              Caller caller, Locale locale) {
        EarlyWarningCase c = cases.requireCurrent(caseId, marking.version(), caller);
        CaseActors.requireAssigneeOr(c, caller, SCHOOL_ADMIN, COORDINATOR);
        Instant now = Instant.now();
        String note = marking.note().strip();
        CaseReason reason = c.markReasonKnown(reasonId, note, caller.username(), now);
        timeline.record(c, CaseEventType.REASON_KNOWN, caller.username(), now, reason.getRuleId(), note);
        return cases.changed(c, caller, locale);
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR})
    public CaseView snooze(long caseId, long reasonId,
                           @NotNull(message = "{request.body.required}") @Valid Snoozing snoozing,
                           Caller caller, Locale locale) {
        EarlyWarningCase c = cases.requireCurrent(caseId, snoozing.version(), caller);
        CaseActors.requireAssigneeOr(c, caller, SCHOOL_ADMIN, COORDINATOR);
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = today.plusDays(LONGEST_SNOOZE_DAYS);
        if (snoozing.until().isBefore(today) || snoozing.until().isAfter(latest)) {
            throw new InvalidInput("case.reason.snooze.until.range", snoozing.until(), today, latest);
        }
        Instant now = Instant.now();
        String why = snoozing.reason().strip();
        CaseReason reason = c.snoozeReason(reasonId, snoozing.until(), why, caller.username(), now);
        timeline.record(c, CaseEventType.REASON_SNOOZED, caller.username(), now, reason.getRuleId(),
                snoozing.until().toString(), reason.getLevel().name(), why);
        return cases.changed(c, caller, locale);
    }

    /** Only the people who worked the case judge the warning, so that each rule's precision can be trusted. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, INSPECTOR})
    public CaseView markUsefulness(long caseId, long reasonId,
                                   @NotNull(message = "{request.body.required}") @Valid UsefulnessMarking marking,
                                   Caller caller, Locale locale) {
        EarlyWarningCase c = cases.requireCurrent(caseId, marking.version(), caller);
        CaseActors.requireAssignee(c, caller);
        Instant now = Instant.now();
        String note = marking.note() == null ? null : marking.note().strip();
        CaseReason reason = c.markReasonUsefulness(reasonId, marking.useful(), note, caller.username(), now);
        timeline.record(c, CaseEventType.USEFULNESS_MARKED, caller.username(), now, reason.getRuleId(),
                marking.useful().toString(), note);
        return cases.changed(c, caller, locale);
    }
}
