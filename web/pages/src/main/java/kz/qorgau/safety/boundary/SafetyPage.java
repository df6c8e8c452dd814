package kz.qorgau.safety.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.safety.control.InspectionView;
import kz.qorgau.safety.control.Inspections;
import kz.qorgau.safety.control.PrescriptionFilter;
import kz.qorgau.safety.control.PrescriptionView;
import kz.qorgau.safety.control.Prescriptions;
import kz.qorgau.safety.control.ProfileChange;
import kz.qorgau.safety.control.ProfileView;
import kz.qorgau.safety.control.SafetyProfiles;
import kz.qorgau.safety.entity.GuardKind;
import kz.qorgau.safety.entity.PrescriptionStatus;
import kz.qorgau.schools.control.SchoolView;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.security.Caller;
import kz.qorgau.security.boundary.CallerProducer;

/**
 * A school's safety on one page: the school chosen among those of the caller's jurisdiction, its profile (edited
 * with the version read, so that an edit of an out-of-date copy is refused rather than undoing someone else's),
 * its inspections and its prescriptions by deadline. The inspection form and the work on prescriptions have beans
 * of their own on the same view.
 */
@Named
@ViewScoped
public class SafetyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;
    /** The largest page the service serves: a region's schools for the coordinator, a district's for inspectors. */
    private static final int SCHOOLS_SHOWN = 500;
    /** The roles the profile service lets edit a profile; the page shows them the form. */
    private static final Set<String> EDITORS = Set.of(Caller.SCHOOL_ADMIN, Caller.INSPECTOR, Caller.ADMIN);

    @EJB
    Schools schools;

    @EJB
    SafetyProfiles profiles;

    @EJB
    Inspections inspections;

    @EJB
    Prescriptions prescriptions;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private Long schoolId;
    private List<SchoolView> schoolList = List.of();
    private SchoolView school;
    private long version;
    private boolean recorded;
    private ProfileForm profile = new ProfileForm();
    private List<InspectionView> inspectionList = List.of();
    private List<PrescriptionView> prescriptionList = List.of();

    /** Runs when the page is opened: a school with one school in reach needs no choosing. */
    public void load() {
        try {
            schoolList = schools.list(null, null, 0, SCHOOLS_SHOWN, callers.caller());
            if (schoolId == null && schoolList.size() == 1) {
                schoolId = schoolList.get(0).id();
            }
            if (schoolId != null) {
                school = schools.read(schoolId, callers.caller());
                reload();
            }
        } catch (QorgauException e) {
            school = null;
            PageMessages.refused(e, language.getLocale());
        }
    }

    /** The school's profile, inspections and prescriptions as they stand now. */
    void reload() {
        ProfileView view = profiles.read(schoolId, callers.caller());
        version = view.version();
        recorded = view.recorded();
        profile = ProfileForm.of(view.profile());
        inspectionList = inspections.ofSchool(schoolId, 0, SHOWN, callers.caller());
        prescriptionList = prescriptions.list(new PrescriptionFilter(schoolId, null, null), 0, SHOWN,
                callers.caller());
    }

    public String show() {
        return "/ui/safety?faces-redirect=true&schoolId=" + schoolId;
    }

    public String saveProfile() {
        // A refused edit keeps what the person typed: after a stale one they compare it with the reloaded page.
        if (!FormSubmission.attempt(() -> profiles.change(schoolId, new ProfileChange(profile.toFacts(), version),
                callers.caller()), "profile", language.getLocale())) {
            return null;
        }
        PageMessages.info(language.text("safety.profile.saved"));
        return AfterSave.sameAddress();
    }

    public boolean isMayEdit() {
        return school != null && EDITORS.stream().anyMatch(callers.caller()::hasRole);
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public List<SchoolView> getSchools() {
        return schoolList;
    }

    public SchoolView getSchool() {
        return school;
    }

    public long getVersion() {
        return version;
    }

    public boolean isRecorded() {
        return recorded;
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public GuardKind[] getGuardKinds() {
        return GuardKind.values();
    }

    public List<InspectionView> getInspections() {
        return inspectionList;
    }

    public List<PrescriptionView> getPrescriptions() {
        return prescriptionList;
    }

    public List<PrescriptionView> prescriptionsIn(PrescriptionStatus status) {
        return prescriptionList.stream().filter(p -> p.status() == status).toList();
    }
}
