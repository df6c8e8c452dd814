package kz.qorgau.reports.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.schools.entity.District;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;
import kz.qorgau.security.JurisdictionQuery;

/**
 * The regions, districts and schools a reader may narrow a report to, narrowing step by step: only parts of their
 * own jurisdiction are offered ({@link ReportScopes} checks again whatever comes back).
 */
@Stateless
@RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
public class ScopeChoices {

    /** A school list longer than this is no choice for a drop-down; the reader picks a district first. */
    static final int MAX_SCHOOLS = 1000;

    @PersistenceContext
    EntityManager em;

    /** A region, district or school by its id and its name in the reader's language. */
    public record Choice(long id, String name) implements Serializable {
    }

    /** The whole country for national readers; else the regions their token names. */
    public List<Choice> regions(Caller caller, Locale locale) {
        Jurisdiction j = caller.jurisdiction();
        return em.createQuery("""
                        select r from Region r where :national = true or ids_include(:regions, r.id)
                        order by r.id""", Region.class)
                .setParameter("national", j.national())
                .setParameter("regions", j.regionIdsForQuery())
                .getResultList().stream().map(r -> new Choice(r.getId(), r.getName().in(locale))).toList();
    }

    /** The districts of a region once one is chosen; without one, those of the reader's own regions and districts. */
    public List<Choice> districts(Long regionId, Caller caller, Locale locale) {
        Jurisdiction j = caller.jurisdiction();
        if (regionId == null && j.national()) {
            return List.of();
        }
        return em.createQuery("""
                        select d from District d
                        where (:region is null or d.region.id = :region)
                          and (:national = true or ids_include(:districts, d.id)
                               or ids_include(:regions, d.region.id))
                        order by d.id""", District.class)
                .setParameter("region", regionId)
                .setParameter("national", j.national())
                .setParameter("districts", j.districtIdsForQuery())
                .setParameter("regions", j.regionIdsForQuery())
                .getResultList().stream().map(d -> new Choice(d.getId(), d.getName().in(locale))).toList();
    }

    /** The schools of a district once one is chosen; without one, only a reader who holds single schools sees a list. */
    public List<Choice> schools(Long districtId, Caller caller, Locale locale) {
        Jurisdiction j = caller.jurisdiction();
        if (districtId == null && (j.national() || !j.regionIds().isEmpty() || !j.districtIds().isEmpty())) {
            return List.of();
        }
        return JurisdictionQuery.create(em, """
                                select sc from School sc join sc.district d
                                where %s and (:district is null or d.id = :district)
                                order by sc.id""".formatted(JurisdictionQuery.SCHOOL_WITHIN), School.class, j)
                .setParameter("district", districtId)
                .setMaxResults(MAX_SCHOOLS)
                .getResultList().stream().map(s -> new Choice(s.getId(), s.getName().in(locale))).toList();
    }
}
