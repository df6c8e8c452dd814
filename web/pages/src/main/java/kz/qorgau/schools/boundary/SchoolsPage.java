package kz.qorgau.schools.boundary;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.schools.control.DistrictView;
import kz.qorgau.schools.control.NewDesignation;
import kz.qorgau.schools.control.NewSchool;
import kz.qorgau.schools.control.Names;
import kz.qorgau.schools.control.RegionView;
import kz.qorgau.schools.control.SchoolView;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.control.StaffView;
import kz.qorgau.schools.entity.InstructionLanguage;
import kz.qorgau.schools.entity.SchoolKind;
import kz.qorgau.security.Caller;
import kz.qorgau.security.boundary.CallerProducer;

/**
 * The administrator's reference data on the admin page: regions, then a region's districts, then a district's
 * schools, then a school's designated staff, each step a link (so that every level has an address); a school added
 * to the chosen district, staff designated and revoked, as the service's roles and the jurisdiction allow.
 */
@Named
@ViewScoped
public class SchoolsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The largest page the service serves; a district has a few hundred schools at most. */
    private static final int SHOWN = 500;

    @EJB
    Schools schools;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private Long regionId;
    private Long districtId;
    private Long schoolId;
    private List<RegionView> regions = List.of();
    private List<DistrictView> districts = List.of();
    private List<SchoolView> schoolList = List.of();
    private SchoolView school;
    private List<StaffView> staff = List.of();
    private final SchoolForm newSchool = new SchoolForm();
    private String username;
    private StaffRole role;

    /** Runs when the page is opened, and after each change: the lists down to the level chosen. */
    public void load() {
        try {
            Caller caller = callers.caller();
            regions = schools.regions();
            districts = regionId == null ? List.of() : schools.districtsOf(regionId);
            schoolList = districtId == null ? List.of() : schools.list(null, districtId, 0, SHOWN, caller);
            school = schoolId == null ? null : schools.read(schoolId, caller);
            staff = schoolId == null ? List.of() : schools.staffOf(schoolId, 0, SHOWN, caller);
        } catch (QorgauException e) {
            PageMessages.refused(e, language.getLocale());
        }
    }

    public String addSchool() {
        return saved(FormSubmission.attempt(() -> schools.addSchool(newSchool.toRequest(districtId),
                callers.caller()), "school", language.getLocale()), "admin.school.added");
    }

    public String designate() {
        return saved(FormSubmission.attempt(() -> schools.designate(schoolId, new NewDesignation(
                username == null ? null : username.strip(), role), callers.caller()), "staff", language.getLocale()),
                "admin.staff.designated");
    }

    public String revoke(long designationId) {
        return saved(FormSubmission.attempt(() -> schools.revoke(schoolId, designationId, callers.caller()),
                "staff", language.getLocale()), "admin.staff.revoked");
    }

    private String saved(boolean done, String message) {
        if (!done) {
            return null;
        }
        PageMessages.info(language.text(message));
        return AfterSave.sameAddress();
    }

    public RegionView getRegion() {
        return regions.stream().filter(r -> regionId != null && r.id() == regionId).findFirst().orElse(null);
    }

    public DistrictView getDistrict() {
        return districts.stream().filter(d -> districtId != null && d.id() == districtId).findFirst().orElse(null);
    }

    public List<RegionView> getRegions() {
        return regions;
    }

    public List<DistrictView> getDistricts() {
        return districts;
    }

    public List<SchoolView> getSchools() {
        return schoolList;
    }

    public SchoolView getSchool() {
        return school;
    }

    public List<StaffView> getStaff() {
        return staff;
    }

    public SchoolForm getNewSchool() {
        return newSchool;
    }

    public SchoolKind[] getKinds() {
        return SchoolKind.values();
    }

    public InstructionLanguage[] getInstructionLanguages() {
        return InstructionLanguage.values();
    }

    public StaffRole[] getRoles() {
        return StaffRole.values();
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    /** The new school's fields, named after the request they become so that the service's messages find them. */
    public static class SchoolForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private SchoolKind kind = SchoolKind.SCHOOL;
        private String kk;
        private String ru;
        private String en;
        private InstructionLanguage instructionLanguage;

        NewSchool toRequest(Long districtId) {
            return new NewSchool(id, districtId, kind, new Names(kk, ru, en), instructionLanguage);
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public SchoolKind getKind() {
            return kind;
        }

        public void setKind(SchoolKind kind) {
            this.kind = kind;
        }

        public String getKk() {
            return kk;
        }

        public void setKk(String kk) {
            this.kk = kk;
        }

        public String getRu() {
            return ru;
        }

        public void setRu(String ru) {
            this.ru = ru;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        public InstructionLanguage getInstructionLanguage() {
            return instructionLanguage;
        }

        public void setInstructionLanguage(InstructionLanguage instructionLanguage) {
            this.instructionLanguage = instructionLanguage;
        }
    }
}
