package kz.qorgau.students.boundary;

import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import kz.qorgau.platform.Messages;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.security.Caller;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.control.StudentSummary;

/**
 * A child named on a form by IIN, the number people have on paper, found among the students of the caller's
 * jurisdiction only. A malformed IIN, or one of no student the caller may see, is said next to the field.
 */
@ApplicationScoped
public class StudentFinder {

    static final String NOT_FOUND = "error.not-found.student-iin";

    @EJB
    StudentService students;

    public Optional<StudentSummary> byIin(String iin, String fieldId, Caller caller, Locale locale) {
        String digits = iin == null ? "" : iin.strip();
        try {
            Optional<StudentSummary> found = students.byIin(digits, caller);
            if (found.isEmpty()) {
                say(fieldId, Messages.text(locale, NOT_FOUND, digits));
            }
            return found;
        } catch (QorgauException e) {
            say(fieldId, Messages.text(locale, e.messageKey(), e.arguments()));
            return Optional.empty();
        }
    }

    private static void say(String fieldId, String text) {
        FacesContext.getCurrentInstance().addMessage(fieldId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
