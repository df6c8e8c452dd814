package kz.qorgau.schools.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.HOTLINE_OPERATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.schools.entity.District;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.StaffDesignation;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;
import kz.qorgau.security.JurisdictionQuery;

/**
 * Regions, districts, schools and the staff schools designate, as the caller may see and keep them. Reference data
 * is public within the system; a school, and so its staff list, only within jurisdiction. The lookups for other beans
 * are {@code @PermitAll}: those beans declare the roles of their own requests.
 */
@Stateless
public class Schools {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @PermitAll
    public Optional<School> findVisible(long schoolId, Caller caller) {
        return JurisdictionQuery.findWithin(em, School.class, "", schoolId, caller.jurisdiction());
    }

    @PermitAll
    public School requireVisible(long schoolId, Caller caller) {
        return findVisible(schoolId, caller).orElseThrow(() -> new RecordNotFound("school", schoolId));
    }

    @PermitAll
    public List<StaffDesignation> designated(long schoolId, StaffRole role) {
        return em.createQuery("""
                        select d from StaffDesignation d
                        where d.school.id = :school and d.role = :role
                        order by d.username""", StaffDesignation.class)
                .setParameter("school", schoolId)
                .setParameter("role", role)
                .getResultList();
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<RegionView> regions() {
        return em.createQuery("select r from Region r order by r.id", Region.class).getResultList().stream()
                .map(RegionView::of).toList();
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<DistrictView> districtsOf(long regionId) {
        if (em.find(Region.class, regionId) == null) {
            throw new RecordNotFound("region", regionId);
        }
        return em.createQuery("select d from District d where d.region.id = :region order by d.id", District.class)
                .setParameter("region", regionId)
                .getResultList().stream().map(DistrictView::of).toList();
    }

    /** A coordinator adds districts to their own region; an administrator anywhere. */
    @RolesAllowed({COORDINATOR, ADMIN})
    public DistrictView addDistrict(@NotNull(message = "{request.body.required}") @Valid NewDistrict request, Caller caller) {
        Region region = Optional.ofNullable(em.find(Region.class, request.regionId()))
                .filter(r -> coversRegion(caller.jurisdiction(), r.getId()))
                .orElseThrow(() -> new RecordNotFound("region", request.regionId()));
        if (em.find(District.class, request.id()) != null) {
            throw new DuplicateRecord("district.duplicate", request.id());
        }
        District district = new District(request.id(), region, request.name().toEntity());
        em.persist(district);
        audit.record(caller, AuditAction.CREATE, "district", district.getId());
        return DistrictView.of(district);
    }

    @RolesAllowed({COORDINATOR, ADMIN})
    public SchoolView addSchool(@NotNull(message = "{request.body.required}") @Valid NewSchool request, Caller caller) {
        District district = Optional.ofNullable(em.find(District.class, request.districtId()))
                .filter(d -> caller.jurisdiction().national() || caller.jurisdiction().districtIds().contains(d.getId())
                        || coversRegion(caller.jurisdiction(), d.regionId()))
                .orElseThrow(() -> new RecordNotFound("district", request.districtId()));
        if (em.find(School.class, request.id()) != null) {
            throw new DuplicateRecord("school.duplicate", request.id());
        }
        School school = new School(request.id(), district, request.kind(), request.name().toEntity(),
                request.instructionLanguage());
        em.persist(school);
        audit.record(caller, AuditAction.CREATE, "school", school.getId(), school.getId());
        return SchoolView.of(school);
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public SchoolView read(long schoolId, Caller caller) {
        return SchoolView.of(requireVisible(schoolId, caller));
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<SchoolView> list(Long regionId, Long districtId, int page, int size, Caller caller) {
        return JurisdictionQuery.create(em, """
                        select sc from School sc join sc.district d
                        where %s
                          and (:region is null or d.region.id = :region)
                          and (:district is null or d.id = :district)
                        order by sc.id""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        School.class, caller.jurisdiction())
                .setParameter("region", regionId)
                .setParameter("district", districtId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream().map(SchoolView::of).toList();
    }

    /** The regions, for the forms that name one (a trust-line report), whose users may not all list regions. */
    @RolesAllowed({ADMIN, HOTLINE_OPERATOR})
    public List<RegionView> regionChoices() {
        return regions();
    }

    /**
     * The first schools of the caller's jurisdiction, for the forms that name one (a trust-line report, a family
     * record), whose users may not all list schools.
     */
    @RolesAllowed({SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, ADMIN, HOTLINE_OPERATOR})
    public List<SchoolView> schoolChoices(int size, Caller caller) {
        return list(null, null, 0, size, caller);
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<StaffView> staffOf(long schoolId, int page, int size, Caller caller) {
        requireVisible(schoolId, caller);
        return em.createQuery("""
                        select d from StaffDesignation d where d.school.id = :school
                        order by d.role, d.username""", StaffDesignation.class)
                .setParameter("school", schoolId)
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream().map(StaffView::of).toList();
    }

    @RolesAllowed({SCHOOL_ADMIN, COORDINATOR, ADMIN})
    public StaffView designate(long schoolId, @NotNull(message = "{request.body.required}") @Valid NewDesignation request,
                               Caller caller) {
        School school = requireVisible(schoolId, caller);
        boolean exists = !em.createQuery("""
                        select d from StaffDesignation d
                        where d.school = :school and d.role = :role and d.username = :username""", StaffDesignation.class)
                .setParameter("school", school)
                .setParameter("role", request.role())
                .setParameter("username", request.username())
                .getResultList().isEmpty();
        if (exists) {
            throw new DuplicateRecord("staff.duplicate", request.username(), request.role());
        }
        StaffDesignation designation = new StaffDesignation(school, request.username(), request.role());
        em.persist(designation);
        audit.record(caller, AuditAction.CREATE, "staff-designation", designation.getId(), school.getId());
        return StaffView.of(designation);
    }

    @RolesAllowed({SCHOOL_ADMIN, COORDINATOR, ADMIN})
    public void revoke(long schoolId, long designationId, Caller caller) {
        School school = requireVisible(schoolId, caller);
        StaffDesignation designation = Optional.ofNullable(em.find(StaffDesignation.class, designationId))
                .filter(d -> d.getSchool().getId() == schoolId)
                .orElseThrow(() -> new RecordNotFound("staff-designation", designationId));
        em.remove(designation);
        audit.record(caller, AuditAction.DELETE, "staff-designation", designationId, school.getId());
    }

    private static boolean coversRegion(Jurisdiction jurisdiction, long regionId) {
        return jurisdiction.national() || jurisdiction.regionIds().contains(regionId);
    }
}
