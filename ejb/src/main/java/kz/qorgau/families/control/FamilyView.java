package kz.qorgau.families.control;

import java.time.LocalDate;
import java.util.List;

import kz.qorgau.families.entity.Family;
import kz.qorgau.families.entity.Guardian;
import kz.qorgau.families.entity.GuardianRelation;
import kz.qorgau.families.entity.FamilyPoliceRegistration;
import kz.qorgau.families.entity.SocialFlag;

/**
 * A family record as the API returns it: the active police registration, if any, and the whole register history,
 * oldest first.
 */
public record FamilyView(long id, long schoolId, String address, List<SocialFlag> flags, List<GuardianView> guardians,
                         RegistrationView policeRegistration, List<RegistrationView> policeHistory, long version) {

    public record GuardianView(long id, String lastName, String firstName, String middleName, String iin,
                               GuardianRelation relation, String phone) {

        static GuardianView of(Guardian g) {
            var name = g.getName();
            return new GuardianView(g.getId(), name.lastName(), name.firstName(), name.middleName(),
                    g.getIin().digits(), g.getRelation(), g.getPhone() == null ? null : g.getPhone().digits());
        }
    }

    public record RegistrationView(long id, LocalDate registeredOn, String reason, String registeredBy,
                                   LocalDate removedOn, String removalReason, String removedBy) {

        static RegistrationView of(FamilyPoliceRegistration r) {
            return new RegistrationView(r.getId(), r.getRegisteredOn(), r.getReason(), r.getRegisteredBy(),
                    r.getRemovedOn(), r.getRemovalReason(), r.getRemovedBy());
        }
    }

    static FamilyView of(Family f) {
        return new FamilyView(f.getId(), f.getSchool().getId(), f.getAddress(),
                f.getFlags().stream().sorted().toList(),
                f.getGuardians().stream().map(GuardianView::of).toList(),
                f.activePoliceRegistration().map(RegistrationView::of).orElse(null),
                f.getPoliceRegistrations().stream().map(RegistrationView::of).toList(),
                f.getVersion());
    }
}
