package kz.qorgau.security;

import java.util.Objects;
import java.util.Set;

/** The authenticated person behind a request: who, with which realm roles, over which jurisdiction. */
public record Caller(String username, Set<String> roles, Jurisdiction jurisdiction) {

    public static final String PSYCHOLOGIST = "psychologist";
    public static final String SOCIAL_PEDAGOGUE = "social-pedagogue";
    public static final String INSPECTOR = "inspector";
    public static final String SCHOOL_ADMIN = "school-admin";
    public static final String COORDINATOR = "coordinator";
    public static final String OMBUDSMAN = "ombudsman";
    public static final String ADMIN = "admin";
    public static final String HOTLINE_OPERATOR = "hotline-operator";

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** docs/PRODUCT.md section 5: confidential notes are for the psychologists of the student's current school. */
    public boolean isPsychologistOf(long schoolId) {
        return hasRole(PSYCHOLOGIST) && jurisdiction.schoolIds().contains(schoolId);
    }
}
