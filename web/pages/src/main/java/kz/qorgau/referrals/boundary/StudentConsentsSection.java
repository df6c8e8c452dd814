package kz.qorgau.referrals.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.referrals.control.ConsentView;
import kz.qorgau.referrals.control.Consents;
import kz.qorgau.referrals.control.NewConsent;
import kz.qorgau.referrals.entity.ConsentManner;
import kz.qorgau.security.Caller;
import kz.qorgau.security.boundary.CallerProducer;
import kz.qorgau.students.boundary.StudentFilePage;

/**
 * The guardian's consents of the child on the student's file: the whole history, oldest first, never rewritten, and
 * a new consent or withdrawal recorded as its own record (docs/PRODUCT.md, "Referrals to services").
 */
@Named
@ViewScoped
public class StudentConsentsSection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @EJB
    Consents consents;

    @Inject
    StudentFilePage file;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private List<ConsentView> history;

    private String guardianName;
    private LocalDate givenOn;
    private ConsentManner how;
    private String witness;
    private boolean withdrawal;

    public List<ConsentView> getHistory() {
        if (history == null) {
            history = List.of();
            try {
                history = consents.historyOf(file.getId(), 0, SHOWN, caller());
            } catch (QorgauException e) {
                // a reader under a break-glass grant sees the record but not this part of it
                return history;
            }
        }
        return history;
    }

    public String record() {
        if (FormSubmission.run("consent", locale(), () -> consents.record(file.getId(),
                new NewConsent(guardianName, givenOn, how, witness, withdrawal), caller()))) {
            PageMessages.info(language.text(withdrawal ? "consents.withdrawal.saved" : "consents.saved"));
            return AfterSave.sameAddress();
        }
        return null;
    }

    public ConsentManner[] getManners() {
        return ConsentManner.values();
    }

    private Caller caller() {
        return callers.caller();
    }

    private Locale locale() {
        return language.getLocale();
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public ConsentManner getHow() {
        return how;
    }

    public void setHow(ConsentManner how) {
        this.how = how;
    }

    public String getWitness() {
        return witness;
    }

    public void setWitness(String witness) {
        this.witness = witness;
    }

    public boolean isWithdrawal() {
        return withdrawal;
    }

    public void setWithdrawal(boolean withdrawal) {
        this.withdrawal = withdrawal;
    }
}
