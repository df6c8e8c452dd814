package kz.qorgau.cases.boundary;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import kz.qorgau.cases.control.ApprovalView;
import kz.qorgau.cases.control.CaseApprovals;
import kz.qorgau.cases.control.SendingBack;
import kz.qorgau.cases.entity.ApprovalKind;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.security.boundary.CallerProducer;

/**
 * The supervisor's waiting list (docs/PRODUCT.md section 4, "Supervision"): the workers' requests to close or lower a
 * case, oldest first, each approved or sent back with a comment the worker reads on the case's timeline.
 */
@Named
@ViewScoped
public class ApprovalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CaseApprovals approvals;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private List<ApprovalView> waiting = List.of();
    private final Map<Long, String> comments = new HashMap<>();

    public void load() {
        try {
            waiting = approvals.waiting(callers.caller());
        } catch (EJBException e) {
            refusedOrThrow(e, "list");
        }
    }

    public String approve(long id) {
        return decide("approve", () -> approvals.approve(id, callers.caller(), locale()), "approvals.approved");
    }

    public String sendBack(long id) {
        return decide("sendBack", () -> approvals.sendBack(id, new SendingBack(comments.get(id)), callers.caller(),
                locale()), "approvals.sent-back");
    }

    /** What the worker asks for: the outcome of a closing, or the level of a lowering. */
    public String change(ApprovalView r) {
        return r.kind() == ApprovalKind.CLOSE ? Messages.text(locale(), "outcome." + r.outcome())
                : Messages.text(locale(), "level." + r.level());
    }

    private String decide(String form, Supplier<?> step, String done) {
        try {
            step.get();
            PageMessages.info(language.text(done));
            return AfterSave.sameAddress();
        } catch (QorgauException e) {
            PageMessages.refused(e, locale());
        } catch (ConstraintViolationException e) {
            PageMessages.invalid(e, form, locale());
        } catch (EJBException e) {
            refusedOrThrow(e, form);
        }
        load();
        return null;
    }

    private void refusedOrThrow(EJBException e, String form) {
        if (FormSubmission.refusedByContainer(e)) {
            PageMessages.forbidden(locale());
        } else if (e.getCause() instanceof ConstraintViolationException violations) {
            PageMessages.invalid(violations, form, locale());
        } else {
            throw e;
        }
    }

    private Locale locale() {
        return language.getLocale();
    }

    public List<ApprovalView> getWaiting() {
        return waiting;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
