package kz.qorgau.students.boundary;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.security.Caller;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.control.StudentSummary;

/** Finding a child by IIN or name among the students of the caller's jurisdiction, and no one else's. */
@Named
@RequestScoped
public class StudentSearchPage {

    private static final int SHOWN = 50;

    @EJB
    StudentService students;

    @Inject
    Caller caller;

    @Inject
    LanguageChoice language;

    private String iin;
    private String name;
    private List<StudentSummary> found;

    public void search() {
        FormSubmission.attempt(() -> found = students.search(blankToNull(iin), blankToNull(name), null, 0, SHOWN,
                caller), "search", language.getLocale());
    }

    public boolean isSearched() {
        return found != null;
    }

    public List<StudentSummary> getFound() {
        return found;
    }

    public String getIin() {
        return iin;
    }

    public void setIin(String iin) {
        this.iin = iin;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
