package kz.qorgau.generator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import kz.qorgau.schools.entity.SchoolKind;

class RegionPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static RegionPlan plan(RegionSpec spec) {
        return RegionPlan.of(spec, new SplittableRandom(spec.seed()));
    }

    @Test
    void theSameSpecGivesTheSamePlan() {
        RegionSpec spec = RegionSpec.region(75, 60_000, 7, TODAY);

        RegionPlan one = plan(spec);
        RegionPlan two = plan(spec);

        assertThat(two.schools()).usingRecursiveFieldByFieldElementComparator().isEqualTo(one.schools());
        assertThat(two.districts()).usingRecursiveFieldByFieldElementComparator().isEqualTo(one.districts());
        assertThat(two.campaignStart()).isEqualTo(one.campaignStart());
    }

    @Test
    void anotherSeedGivesAnotherPlan() {
        RegionPlan one = plan(RegionSpec.region(75, 60_000, 7, TODAY));
        RegionPlan two = plan(RegionSpec.region(75, 60_000, 8, TODAY));

        assertThat(two.schools()).extracting(PlannedSchool::students)
                .isNotEqualTo(one.schools().stream().map(PlannedSchool::students).toList());
    }

    @Test
    void aWholeRegionHasTheShapeOfAnOblast() {
        RegionPlan plan = plan(RegionSpec.region(75, 430_000, 1, TODAY));

        assertThat(plan.schools()).hasSizeBetween(740, 780);
        assertThat(plan.districts()).hasSize(17);
        assertThat(plan.schools().stream().mapToInt(PlannedSchool::students).sum()).isEqualTo(430_000);
        assertThat(plan.schools()).filteredOn(s -> s.kind() == SchoolKind.COLLEGE).hasSizeBetween(45, 60);
        assertThat(plan.schools()).filteredOn(s -> s.psychologists() == 0).hasSizeBetween(45, 60);
        assertThat(plan.schools()).filteredOn(s -> !s.inspector()).hasSizeBetween(70, 80);
        assertThat(plan.schools()).allSatisfy(s -> assertThat(s.id() / 1000).isEqualTo(s.district().id()));
    }

    @Test
    void evenAFewSchoolsIncludeOneWithoutAPsychologistAndOneWithoutAnInspector() {
        RegionPlan plan = plan(RegionSpec.district(75, 11, 2_000, 75, TODAY));

        assertThat(plan.districts()).extracting(PlannedDistrict::id).containsExactly(7511L);
        assertThat(plan.schools()).hasSize(4).allSatisfy(s -> assertThat(s.id()).isBetween(7_511_001L, 7_511_999L));
        assertThat(plan.schools()).anySatisfy(s -> assertThat(s.psychologists()).isZero());
        assertThat(plan.schools()).anySatisfy(s -> assertThat(s.inspector()).isFalse());
        assertThat(plan.schools()).allSatisfy(s -> assertThat(s.name().getKk()).isNotBlank());
    }

    @Test
    void theCampaignEndsOnASchoolDayAMonthBeforeTheReferenceDate() {
        RegionPlan plan = plan(RegionSpec.region(75, 1_000, 1, TODAY));

        assertThat(SchoolCalendar.isSchoolDay(plan.campaignEnd())).isTrue();
        assertThat(plan.campaignEnd()).isBeforeOrEqualTo(TODAY.minusDays(30));
        assertThat(plan.campaignStart()).isEqualTo(plan.campaignEnd().minusDays(20));
    }

    @Test
    void refusesRegionIdsAndDistrictNumbersOutsideTheirCodes() {
        assertThrows(IllegalArgumentException.class, () -> RegionSpec.region(750, 10, 1, TODAY));
        assertThrows(IllegalArgumentException.class, () -> RegionSpec.district(75, 100, 10, 1, TODAY));
        assertThrows(IllegalArgumentException.class, () -> RegionSpec.region(75, 0, 1, TODAY));
    }
}
