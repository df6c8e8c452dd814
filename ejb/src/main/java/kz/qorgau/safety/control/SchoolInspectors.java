package kz.qorgau.safety.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;

/**
 * Who answers for a school's safety on the police side. Internal ({@code @PermitAll}): only other beans call it, and
 * they declare who may make the request.
 */
@Stateless
@PermitAll
public class SchoolInspectors {

    @EJB
    Schools schools;

    /**
     * Inspections, and the acceptance of remedies, are for the inspectors who answer for the school: designated to
     * it, or holding its district (or the school itself) in their jurisdiction. Administrators may act anywhere.
     *
     * @throws NotPermitted for anybody else who can merely see the school
     */
    public void requireInspectorOf(School school, Caller caller) {
        if (caller.hasRole(Caller.ADMIN)) {
            return;
        }
        boolean answers = caller.hasRole(Caller.INSPECTOR)
                && (caller.jurisdiction().schoolIds().contains(school.getId())
                || caller.jurisdiction().districtIds().contains(school.districtId())
                || schools.designated(school.getId(), StaffRole.INSPECTOR).stream()
                        .anyMatch(d -> d.getUsername().equals(caller.username())));
        if (!answers) {
            throw new NotPermitted("safety.inspection.not-inspector-of", school.getId());
        }
    }
}
