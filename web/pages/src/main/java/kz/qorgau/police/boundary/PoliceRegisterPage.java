package kz.qorgau.police.boundary;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.INSPECTOR;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.families.control.FamilyService;
import kz.qorgau.families.control.PoliceRegistering;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.police.control.NewPoliceRegistration;
import kz.qorgau.police.control.PoliceRegistrationService;
import kz.qorgau.police.entity.RegistrationReason;
import kz.qorgau.security.Caller;
import kz.qorgau.students.boundary.StudentFinder;
import kz.qorgau.students.control.StudentService;

/**
 * The inspector's police register: putting a student on it, and a family, found through any of its children,
 * since an inspector knows the child rather than the family record's number.
 */
@Named
@RequestScoped
public class PoliceRegisterPage {

    static final String STUDENT_FORM = "policeStudent";
    static final String FAMILY_FORM = "policeFamily";

    @EJB
    PoliceRegistrationService registrations;

    @EJB
    FamilyService families;

    @EJB
    StudentService students;

    @Inject
    StudentFinder finder;

    @Inject
    Caller caller;

    @Inject
    LanguageChoice language;

    private String studentIin;
    private RegistrationReason reason;
    private LocalDate registeredOn = today();
    private LocalDate reviewOn;
    private String basisDocument;
    private String note;

    private String childIin;
    private LocalDate familyRegisteredOn = today();
    private String familyReason;

    public void registerStudent() {
        Locale locale = language.getLocale();
        finder.byIin(studentIin, STUDENT_FORM + ":studentIin", caller, locale).ifPresent(student -> {
            boolean done = FormSubmission.run(STUDENT_FORM, locale, () -> registrations.register(student.id(),
                    new NewPoliceRegistration(reason, registeredOn, reviewOn, basisDocument, note), caller));
            if (done) {
                PageMessages.info(language.text("record.police.student.saved").formatted(student.name()));
                studentIin = null;
                reason = null;
                reviewOn = null;
                basisDocument = null;
                note = null;
            }
        });
    }

    public void registerFamily() {
        Locale locale = language.getLocale();
        String field = FAMILY_FORM + ":childIin";
        finder.byIin(childIin, field, caller, locale).ifPresent(child -> {
            Long family = students.requireVisible(child.id(), caller).getFamilyId();
            if (family == null) {
                FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        language.text("record.police.family.none"), null));
                return;
            }
            boolean done = FormSubmission.run(FAMILY_FORM, locale, () -> families.registerWithPolice(family,
                    new PoliceRegistering(familyRegisteredOn, familyReason), caller));
            if (done) {
                PageMessages.info(language.text("record.police.family.saved").formatted(child.name()));
                childIin = null;
                familyReason = null;
            }
        });
    }

    /** Only the police (and administrators) keep the register: the page shows them its forms, the services decide. */
    public boolean isAllowed() {
        return caller.hasRole(INSPECTOR) || caller.hasRole(ADMIN);
    }

    public RegistrationReason[] getReasons() {
        return RegistrationReason.values();
    }

    private static LocalDate today() {
        return LocalDate.now(Kazakhstan.TIME_ZONE);
    }

    public String getStudentIin() {
        return studentIin;
    }

    public void setStudentIin(String studentIin) {
        this.studentIin = studentIin;
    }

    public RegistrationReason getReason() {
        return reason;
    }

    public void setReason(RegistrationReason reason) {
        this.reason = reason;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public String getBasisDocument() {
        return basisDocument;
    }

    public void setBasisDocument(String basisDocument) {
        this.basisDocument = basisDocument;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getChildIin() {
        return childIin;
    }

    public void setChildIin(String childIin) {
        this.childIin = childIin;
    }

    public LocalDate getFamilyRegisteredOn() {
        return familyRegisteredOn;
    }

    public void setFamilyRegisteredOn(LocalDate familyRegisteredOn) {
        this.familyRegisteredOn = familyRegisteredOn;
    }

    public String getFamilyReason() {
        return familyReason;
    }

    public void setFamilyReason(String familyReason) {
        this.familyReason = familyReason;
    }
}
