package kz.qorgau.families.boundary;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.families.control.FamilyMember;
import kz.qorgau.families.control.FamilyService;
import kz.qorgau.families.control.FamilyView;
import kz.qorgau.families.control.NewFamily;
import kz.qorgau.families.control.NewGuardian;
import kz.qorgau.families.control.NewMember;
import kz.qorgau.families.entity.GuardianRelation;
import kz.qorgau.families.entity.SocialFlag;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.security.boundary.CallerProducer;
import kz.qorgau.students.boundary.StudentFinder;

/**
 * A new family record, in the order a social pedagogue fills the paper card: the family (school, address, social
 * flags), then its guardians one by one, then the children. Each step is saved at once, so a refused guardian
 * never leaves the family half-written.
 */
@Named
@ViewScoped
public class FamilyRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String[] ROLES = {SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, ADMIN};
    /** The domain's refusals of a guardian that one field can cure. */
    static final Map<String, String> GUARDIAN_FIELDS = Map.of("iin.", "iin", "guardian.duplicate", "iin",
            "phone.", "phone");

    @EJB
    FamilyService families;

    @Inject
    StudentFinder finder;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private Long schoolId;
    private String address;
    private SocialFlag[] flags = {};

    private Long familyId;
    private final List<GuardianLine> guardians = new ArrayList<>();
    private List<MemberLine> members = List.of();
    private final GuardianForm guardian = new GuardianForm();
    private String childIin;

    public void open() {
        FormSubmission.run("family", language.getLocale(), () -> {
            familyId = families.open(new NewFamily(schoolId, address, List.of(flags)), callers.caller()).id();
            PageMessages.info(language.text("record.family.saved"));
        });
    }

    public void addGuardian() {
        FormSubmission.run("guardian", language.getLocale(), GUARDIAN_FIELDS, () -> {
            FamilyView.GuardianView added = families.addGuardian(familyId, guardian.toRecord(), callers.caller());
            guardians.add(new GuardianLine(added.lastName() + " " + added.firstName(), added.iin(), added.relation(),
                    added.phone()));
            guardian.clear();
            PageMessages.info(language.text("record.guardian.saved"));
        });
    }

    public void addChild() {
        finder.byIin(childIin, "member:childIin", callers.caller(), language.getLocale()).ifPresent(child ->
                FormSubmission.run("member", language.getLocale(), () -> {
                    List<FamilyMember> all = families.addMember(familyId, new NewMember(child.id()), callers.caller());
                    members = all.stream().map(m -> new MemberLine(m.lastName() + " " + m.firstName(), m.iin()))
                            .toList();
                    childIin = null;
                    PageMessages.info(language.text("record.member.saved"));
                }));
    }

    /** Done with this family: the form is ready for the next one. */
    public void startAnother() {
        familyId = null;
        address = null;
        flags = new SocialFlag[0];
        guardians.clear();
        members = List.of();
        guardian.clear();
    }

    /** The roles the family service lets open a family record; the page shows the forms to them only. */
    public boolean isAllowed() {
        return Arrays.stream(ROLES).anyMatch(callers.caller()::hasRole);
    }

    public boolean isOpened() {
        return familyId != null;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public SocialFlag[] getFlags() {
        return flags.clone();
    }

    public void setFlags(SocialFlag[] flags) {
        this.flags = flags == null ? new SocialFlag[0] : flags.clone();
    }

    public SocialFlag[] getAllFlags() {
        return SocialFlag.values();
    }

    public GuardianRelation[] getRelations() {
        return GuardianRelation.values();
    }

    public List<GuardianLine> getGuardians() {
        return guardians;
    }

    public List<MemberLine> getMembers() {
        return members;
    }

    public GuardianForm getGuardian() {
        return guardian;
    }

    public String getChildIin() {
        return childIin;
    }

    public void setChildIin(String childIin) {
        this.childIin = childIin;
    }

    /** A guardian as recorded. */
    public record GuardianLine(String name, String iin, GuardianRelation relation, String phone)
            implements Serializable {
    }

    /** A child of the family whose file the caller may see. */
    public record MemberLine(String name, String iin) implements Serializable {
    }

    /** The guardian form's fields, named after the components of {@link NewGuardian}. */
    public static class GuardianForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String lastName;
        private String firstName;
        private String middleName;
        private String iin;
        private GuardianRelation relation;
        private String phone;

        NewGuardian toRecord() {
            return new NewGuardian(lastName, firstName, middleName, iin, relation, phone);
        }

        void clear() {
            lastName = null;
            firstName = null;
            middleName = null;
            iin = null;
            relation = null;
            phone = null;
        }

        public String getLastName() {
            return lastName;
        }

        public void setLastName(String lastName) {
            this.lastName = lastName;
        }

        public String getFirstName() {
            return firstName;
        }

        public void setFirstName(String firstName) {
            this.firstName = firstName;
        }

        public String getMiddleName() {
            return middleName;
        }

        public void setMiddleName(String middleName) {
            this.middleName = middleName;
        }

        public String getIin() {
            return iin;
        }

        public void setIin(String iin) {
            this.iin = iin;
        }

        public GuardianRelation getRelation() {
            return relation;
        }

        public void setRelation(GuardianRelation relation) {
            this.relation = relation;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }
}
