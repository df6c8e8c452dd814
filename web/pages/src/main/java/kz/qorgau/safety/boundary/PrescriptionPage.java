package kz.qorgau.safety.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.safety.control.Prescriptions;
import kz.qorgau.safety.control.Rejection;
import kz.qorgau.safety.control.Remedy;
import kz.qorgau.security.Caller;
import kz.qorgau.security.boundary.CallerProducer;

/**
 * Work on a prescription: the school's administration reports the remedy, with a photo or document as evidence,
 * and the inspector accepts it or rejects it with a reason. The forms are shown to the roles that may use them; the
 * service decides, down to the inspector who answers for the school.
 */
@Named
@ViewScoped
public class PrescriptionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Prescriptions prescriptions;

    @Inject
    SafetyPage page;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private Long remedyOf;
    private String note;
    /** Lives for the request that uploads it only. */
    private transient Part evidence;
    private Long reviewOf;
    private String reason;

    public boolean isMayRemedy() {
        return page.getSchool() != null && callers.caller().hasRole(Caller.SCHOOL_ADMIN);
    }

    public boolean isMayReview() {
        return page.getSchool() != null
                && (callers.caller().hasRole(Caller.INSPECTOR) || callers.caller().hasRole(Caller.ADMIN));
    }

    /** The evidence, when a file was chosen, goes first: a remedy without a note needs it attached. */
    public String remedy() {
        Locale locale = language.getLocale();
        boolean withFile = evidence != null && evidence.getSize() > 0;
        if (withFile && !FormSubmission.attempt(this::attach, "remedy", locale)) {
            return null;
        }
        if (FormSubmission.attempt(() -> prescriptions.remedy(remedyOf, new Remedy(note), callers.caller()), "remedy",
                locale)) {
            PageMessages.info(language.text("safety.remedy.reported"));
            return AfterSave.sameAddress();
        }
        if (withFile) {
            page.reload();
            PageMessages.info(language.text("safety.evidence.attached"));
        }
        return null;
    }

    private void attach() {
        try (InputStream body = evidence.getInputStream()) {
            prescriptions.attach(remedyOf, body, evidence.getContentType(), evidence.getSize(),
                    evidence.getSubmittedFileName(), callers.caller());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String accept() {
        return reviewed(FormSubmission.attempt(() -> prescriptions.accept(reviewOf, callers.caller()), "review",
                language.getLocale()), "safety.review.accepted");
    }

    public String reject() {
        return reviewed(FormSubmission.attempt(() -> prescriptions.reject(reviewOf, new Rejection(reason),
                callers.caller()), "review", language.getLocale()), "safety.review.rejected");
    }

    private String reviewed(boolean done, String message) {
        if (!done) {
            return null;
        }
        PageMessages.info(language.text(message));
        return AfterSave.sameAddress();
    }

    public Long getRemedyOf() {
        return remedyOf;
    }

    public void setRemedyOf(Long remedyOf) {
        this.remedyOf = remedyOf;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }

    public Long getReviewOf() {
        return reviewOf;
    }

    public void setReviewOf(Long reviewOf) {
        this.reviewOf = reviewOf;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
