package kz.qorgau.reports.control;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.schools.entity.District;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;
import kz.qorgau.security.JurisdictionQuery;

/**
 * Which part of the country a report may cover: at most one region, district or school, within the reader's own.
 * Internal ({@code @PermitAll}): called only by the reports, which declare who may ask for them.
 */
@Stateless
@PermitAll
public class ReportScopes {

    @PersistenceContext
    EntityManager em;

    /**
     * A region, district or school outside the reader's jurisdiction is not found, as one that does not exist: each
     * is looked up and scoped in one query, so that neither the answer nor its time tells which.
     */
    public ReportScope resolve(Long regionId, Long districtId, Long schoolId, Caller caller, Locale locale) {
        long named = Stream.of(regionId, districtId, schoolId).filter(id -> id != null).count();
        if (named > 1) {
            throw new InvalidInput("report.scope.one");
        }
        Jurisdiction j = caller.jurisdiction();
        if (regionId != null) {
            Region region = found(em.createQuery("""
                            select r from Region r
                            where r.id = :id and (:national = true or ids_include(:regions, r.id))""",
                            Region.class)
                    .setParameter("national", j.national())
                    .setParameter("regions", j.regionIdsForQuery()), "region", regionId);
            return new ReportScope(ReportScope.Level.REGION, regionId, region.getName().in(locale));
        }
        if (districtId != null) {
            District district = found(em.createQuery("""
                            select d from District d
                            where d.id = :id and (:national = true or ids_include(:districts, d.id)
                                                  or ids_include(:regions, d.region.id))""",
                            District.class)
                    .setParameter("national", j.national())
                    .setParameter("districts", j.districtIdsForQuery())
                    .setParameter("regions", j.regionIdsForQuery()), "district", districtId);
            return new ReportScope(ReportScope.Level.DISTRICT, districtId, district.getName().in(locale));
        }
        if (schoolId != null) {
            School school = JurisdictionQuery.findWithin(em, School.class, "", schoolId, j)
                    .orElseThrow(() -> new RecordNotFound("school", schoolId));
            return new ReportScope(ReportScope.Level.SCHOOL, schoolId, school.getName().in(locale));
        }
        return new ReportScope(ReportScope.Level.JURISDICTION, 0, jurisdictionName(j, locale));
    }

    private static <T> T found(TypedQuery<T> query, String recordType, long id) {
        return query.setParameter("id", id).getResultList().stream().findFirst()
                .orElseThrow(() -> new RecordNotFound(recordType, id));
    }

    /** The names of the regions, districts and schools the reader's token gives them, for the cover sheet. */
    private String jurisdictionName(Jurisdiction j, Locale locale) {
        if (j.national()) {
            return Messages.text(locale, "report.scope.national");
        }
        return Stream.of(
                        j.regionIds().stream().sorted().map(id -> em.find(Region.class, id))
                                .filter(r -> r != null).map(r -> r.getName().in(locale)),
                        j.districtIds().stream().sorted().map(id -> em.find(District.class, id))
                                .filter(d -> d != null).map(d -> d.getName().in(locale)),
                        j.schoolIds().stream().sorted().map(id -> em.find(School.class, id))
                                .filter(s -> s != null).map(s -> s.getName().in(locale)))
                .flatMap(s -> s)
                .collect(Collectors.joining("; "));
    }
}
