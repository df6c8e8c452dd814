package kz.qorgau.cases.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import kz.qorgau.cases.control.ApprovalView;
import kz.qorgau.cases.control.CaseEventView;
import kz.qorgau.cases.control.CaseMeasures;
import kz.qorgau.cases.control.CaseService;
import kz.qorgau.cases.control.CaseStatusChange;
import kz.qorgau.cases.control.CaseTimeline;
import kz.qorgau.cases.control.CaseView;
import kz.qorgau.cases.control.CaseWorkflow;
import kz.qorgau.cases.control.MeasureChange;
import kz.qorgau.cases.control.MeasureView;
import kz.qorgau.cases.control.ReasonView.EvidenceView;
import kz.qorgau.cases.entity.ApprovalKind;
import kz.qorgau.cases.entity.CaseOutcome;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.cases.entity.ContactChannel;
import kz.qorgau.cases.entity.MeasureKind;
import kz.qorgau.cases.entity.MeasureStatus;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.StaleRecord;
import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.control.StaffView;
import kz.qorgau.security.Caller;
import kz.qorgau.security.boundary.CallerProducer;

/**
 * One case as the people who work it see it: why it is open, who answers for it, its plan and its timeline, and the
 * steps of the workflow each person may take. Every change is sent with the version of the case the page read; when
 * someone changed the case meanwhile, the page says so and shows the case as it now stands, the person's input kept
 * for them to apply again, so that neither change is lost.
 *
 * <p>The services decide who may take each step, by their declared roles and by who is assigned; each form is
 * rendered only for the people the service would let take its step, so that nobody is offered what they would be
 * refused.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN_EVENTS = 500;
    private static final int SHOWN_STAFF = 200;
    /** The records the student's file shows one by one, by the anchor each has there. */
    private static final Map<String, String> FILE_ANCHORS = Map.of(
            "SESSION", "session-",
            "INCIDENT", "incident-",
            "SURVEY_RESULT", "survey-result-",
            "POLICE_REGISTRATION", "police-registration-");
    private static final Map<StaffRole, String> STAFF_ROLES = Map.of(
            StaffRole.PSYCHOLOGIST, Caller.PSYCHOLOGIST,
            StaffRole.SOCIAL_PEDAGOGUE, Caller.SOCIAL_PEDAGOGUE,
            StaffRole.INSPECTOR, Caller.INSPECTOR);

    @EJB
    CaseService cases;

    @EJB
    CaseWorkflow workflow;

    @EJB
    CaseMeasures measures;

    @EJB
    CaseTimeline timeline;

    @EJB
    Schools schools;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private long id;
    private CaseView shown;
    private boolean withinJurisdiction;
    private List<CaseEventView> events = List.of();
    private List<StaffView> staff = List.of();
    private final CaseInput input = new CaseInput();

    /**
     * Runs when the page opens and after every change. A reader under a break-glass grant sees the case but neither
     * its timeline nor its school's staff, and cannot change it.
     */
    public void load() {
        try {
            shown = cases.read(id, caller(), locale());
            withinJurisdiction = schools.findVisible(shown.schoolId(), caller()).isPresent();
            events = withinJurisdiction ? timeline.of(id, 0, SHOWN_EVENTS, caller(), locale()) : List.of();
            staff = withinJurisdiction ? schools.staffOf(shown.schoolId(), 0, SHOWN_STAFF, caller()) : List.of();
        } catch (QorgauException e) {
            shown = null;
            PageMessages.refused(e, locale());
        }
    }

    public String takeOn() {
        return change("take", () -> workflow.take(id, input.takeOn(shown.version()), caller(), locale()),
                "casework.take.done");
    }

    public String logFirstContact() {
        return change("contact", () -> workflow.logFirstContact(id, input.firstContact(shown.version(),
                shown.openedAt()), caller(), locale()), "casework.contact.done");
    }

    public String addMeasure() {
        return change("measure", () -> measures.add(id, input.newMeasure(shown.version()), caller()),
                "casework.measure.added");
    }

    /** The measure is stated anew as it stands, with only its status changed, against the version read. */
    public String changeMeasure() {
        MeasureView m = shown.measures().stream().filter(x -> Long.valueOf(x.id()).equals(input.getMeasureId()))
                .findFirst().orElseThrow();
        return change("measureStatus", () -> measures.change(id, m.id(), new MeasureChange(input.getMeasureStatus(),
                m.responsible(), m.dueOn(), m.note(), m.version()), caller()), "casework.measure.changed");
    }

    /** Between active work and monitoring, the only moves a status makes by itself. */
    public String changeStatus() {
        CaseStatus target = shown.status() == CaseStatus.MONITORING ? CaseStatus.IN_PROGRESS : CaseStatus.MONITORING;
        return change("status", () -> workflow.changeStatus(id, new CaseStatusChange(target, shown.version()), caller(),
                locale()), "casework.status.done");
    }

    public String lowerLevel() {
        return decide("lowering", () -> doneOrAsked(workflow.lowerLevel(id, input.lowering(shown.version()), caller(),
                locale()), "casework.lower.done"));
    }

    public String reassign() {
        return change("reassign", () -> workflow.reassign(id, input.reassignment(shown.version()), caller(),
                locale()), "casework.reassign.done");
    }

    public String close() {
        return decide("close", () -> doneOrAsked(workflow.close(id, input.closing(shown.version()), caller(),
                locale()), "casework.close.done"));
    }

    /**
     * Makes a change; once made, the case opens afresh at its own address, its forms empty. A refused change keeps
     * the page and what the person typed.
     *
     * @return where the browser goes: the case's address after the change, nowhere when it was refused
     */
    private String change(String form, Runnable step, String done) {
        return decide(form, () -> {
            step.run();
            return done;
        });
    }

    /** A closing or lowering of a HIGH or CRITICAL case by a worker waits for their supervisor's approval. */
    private static String doneOrAsked(CaseView after, String done) {
        return after.pendingApproval() == null ? done : "casework.approval.requested";
    }

    /** As {@link #change}, the step saying which message tells what it did. */
    private String decide(String form, Supplier<String> step) {
        try {
            PageMessages.info(language.text(step.get()));
            return AfterSave.sameAddress();
        } catch (StaleRecord e) {
            PageMessages.refused(e, locale());
            load();
            PageMessages.info(language.text("casework.stale"));
        } catch (QorgauException e) {
            PageMessages.refused(e, locale());
        } catch (ConstraintViolationException e) {
            PageMessages.invalid(e, form, locale());
        } catch (EJBException e) {
            if (FormSubmission.refusedByContainer(e)) {
                PageMessages.forbidden(locale());
            } else if (e.getCause() instanceof ConstraintViolationException violations) {
                PageMessages.invalid(violations, form, locale());
            } else {
                throw e;
            }
        }
        return null;
    }

    /**
     * @return where on the student's file a piece of evidence is shown, empty for evidence shown elsewhere or not at
     *         all; the file shows it only to those its service shows it to
     */
    public String evidenceAnchor(EvidenceView evidence) {
        String prefix = FILE_ANCHORS.get(evidence.kind());
        return prefix == null ? "" : prefix + evidence.recordId();
    }

    public boolean isOverdue() {
        return shown.status() != CaseStatus.CLOSED && shown.firstContactAt() == null
                && Instant.now().isAfter(shown.firstContactDue());
    }

    /** The staff roles the caller holds and does not yet answer for the case in. */
    public List<StaffRole> getTakeRoles() {
        if (!isWorkable()) {
            return List.of();
        }
        return Arrays.stream(StaffRole.values())
                .filter(r -> STAFF_ROLES.containsKey(r) && caller().hasRole(STAFF_ROLES.get(r)))
                .filter(r -> shown.assignees().stream()
                        .noneMatch(a -> a.role().equals(r.name()) && a.username().equals(caller().username())))
                .toList();
    }

    public boolean isMayLogContact() {
        return isWorkable() && isAssignee() && shown.status() == CaseStatus.ASSIGNED;
    }

    public boolean isMayPlan() {
        return isWorkable() && (isAssignee() || caller().hasRole(Caller.SCHOOL_ADMIN));
    }

    /** Open measures the caller may update: their own, or any if they answer for the case or run the school. */
    public List<MeasureView> getChangeableMeasures() {
        if (!withinJurisdiction || shown == null || !holdsAny(Caller.PSYCHOLOGIST, Caller.SOCIAL_PEDAGOGUE,
                Caller.INSPECTOR, Caller.SCHOOL_ADMIN)) {
            return List.of();
        }
        boolean any = isAssignee() || caller().hasRole(Caller.SCHOOL_ADMIN);
        return shown.measures().stream()
                .filter(m -> !m.status().isFinal())
                .filter(m -> any || m.responsible().equals(caller().username()))
                .toList();
    }

    public boolean isMayChangeStatus() {
        return withinJurisdiction && shown != null
                && (shown.status() == CaseStatus.IN_PROGRESS || shown.status() == CaseStatus.MONITORING)
                && (isAssignee() || caller().hasRole(Caller.SCHOOL_ADMIN));
    }

    /** While a request waits, the supervisor decides it on the approvals page rather than going round it. */
    public List<Level> getLowerLevels() {
        if (!isWorkable() || isWaiting() || !(isAssignee() || holdsAny(Caller.SCHOOL_ADMIN, Caller.COORDINATOR))) {
            return List.of();
        }
        return Arrays.stream(Level.values()).filter(shown.level()::isAbove).toList();
    }

    public boolean isMayReassign() {
        return isWorkable() && holdsAny(Caller.SCHOOL_ADMIN, Caller.COORDINATOR);
    }

    public boolean isMayClose() {
        return isMayPlan() && !isWaiting();
    }

    /** Whether the caller's closing or lowering would wait for a supervisor: the service decides, this only says. */
    public boolean isApprovalNeeded() {
        return shown.level().isAbove(Level.MEDIUM) && !holdsAny(Caller.SCHOOL_ADMIN, Caller.COORDINATOR);
    }

    /** Whether the caller is the supervisor the waiting request asks, and did not ask it themself. */
    public boolean isMayDecide() {
        ApprovalView waiting = shown.pendingApproval();
        return waiting != null && caller().hasRole(waiting.supervisorRole())
                && !waiting.requestedBy().equals(caller().username());
    }

    /** What the waiting request asks for: the outcome of a closing, or the level of a lowering. */
    public String getWaitingChange() {
        ApprovalView waiting = shown.pendingApproval();
        return waiting.kind() == ApprovalKind.CLOSE ? Messages.text(locale(), "outcome." + waiting.outcome())
                : Messages.text(locale(), "level." + waiting.level());
    }

    /** Who may answer for a measure: the caller, the case's people and the school's designated staff. */
    public List<String> getResponsibleCandidates() {
        return List.copyOf(Stream.concat(Stream.of(caller().username()),
                        Stream.concat(shown.assignees().stream().map(CaseView.AssigneeView::username),
                                staff.stream().map(StaffView::username)))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private boolean isWorkable() {
        return withinJurisdiction && shown != null && shown.status() != CaseStatus.CLOSED;
    }

    private boolean isWaiting() {
        return shown.pendingApproval() != null;
    }

    private boolean isAssignee() {
        return shown.assignees().stream().anyMatch(a -> a.username().equals(caller().username()));
    }

    private boolean holdsAny(String... roles) {
        return Arrays.stream(roles).anyMatch(caller()::hasRole);
    }

    private Caller caller() {
        return callers.caller();
    }

    private Locale locale() {
        return language.getLocale();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public CaseView getShown() {
        return shown;
    }

    public List<CaseEventView> getEvents() {
        return events;
    }

    public List<StaffView> getStaff() {
        return staff;
    }

    public CaseInput getInput() {
        return input;
    }

    public ContactChannel[] getChannels() {
        return ContactChannel.values();
    }

    public MeasureKind[] getMeasureKinds() {
        return MeasureKind.values();
    }

    public MeasureStatus[] getMeasureStatuses() {
        return MeasureStatus.values();
    }

    public CaseOutcome[] getOutcomes() {
        return CaseOutcome.values();
    }
}
