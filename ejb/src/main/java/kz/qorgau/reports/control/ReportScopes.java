package kz.qorgau.reports.control;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.schools.entity.District;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.schools.entity.School;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;

/**
 * Which part of the country a report may cover: at most one region, district or school, within the reader's own.
 * Internal ({@code @PermitAll}): called only by the reports, which declare who may ask for them.
 */
@Stateless
@PermitAll
public class ReportScopes {

    @PersistenceContext
    EntityManager em;

    public ReportScope resolve(Long regionId, Long districtId, Long schoolId, Caller caller, Locale locale) {
        long named = Stream.of(regionId, districtId, schoolId).filter(id -> id != null).count();
        if (named > 1) {
            throw new InvalidInput("report.scope.one");
        }
        Jurisdiction j = caller.jurisdiction();
        if (regionId != null) {
            Region region = find(Region.class, "region", regionId);
            require(j.national() || j.regionIds().contains(regionId), "region", regionId);
            return new ReportScope(ReportScope.Level.REGION, regionId, region.getName().in(locale));
        }
        if (districtId != null) {
            District district = find(District.class, "district", districtId);
            require(j.national() || j.districtIds().contains(districtId)
                    || j.regionIds().contains(district.getRegion().getId()), "district", districtId);
            return new ReportScope(ReportScope.Level.DISTRICT, districtId, district.getName().in(locale));
        }
        if (schoolId != null) {
            School school = find(School.class, "school", schoolId);
            require(school.isWithin(j), "school", schoolId);
            return new ReportScope(ReportScope.Level.SCHOOL, schoolId, school.getName().in(locale));
        }
        return new ReportScope(ReportScope.Level.JURISDICTION, 0, jurisdictionName(j, locale));
    }

    private <T> T find(Class<T> type, String recordType, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new RecordNotFound(recordType, id);
        }
        return found;
    }

    private static void require(boolean within, String recordType, long id) {
        if (!within) {
            throw new NotPermitted("report.scope.outside", recordType, id);
        }
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
