package kz.qorgau.generator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CountryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void theCountryIsItsTwentyRegionsWithAboutNineTimesTheBenchmarkRegion() {
        List<RegionSpec> regions = Country.regions(1, TODAY);

        assertEquals(20, regions.size());
        assertEquals(20, regions.stream().map(RegionSpec::regionId).distinct().count());
        int students = regions.stream().mapToInt(RegionSpec::students).sum();
        assertEquals(Country.students(), students);
        assertTrue(students > 3_800_000 && students < 4_000_000, "about 3.9 million pupils: " + students);
    }

    @Test
    void eachRegionIsDrawnFromASeedOfItsOwn() {
        List<RegionSpec> regions = Country.regions(1, TODAY);

        assertEquals(regions.size(), regions.stream().map(RegionSpec::seed).distinct().count());
        assertEquals(Country.regions(1, TODAY), regions);
    }

    @Test
    void aShareOfTheCountryKeepsItsRegionsAndTheirSeeds() {
        List<RegionSpec> whole = Country.regions(1, TODAY);
        List<RegionSpec> share = Country.regions(1, TODAY, 0.01);

        assertEquals(whole.stream().map(RegionSpec::seed).toList(), share.stream().map(RegionSpec::seed).toList());
        assertEquals(3_500, share.stream().filter(r -> r.regionId() == 75).findFirst().orElseThrow().students());
        assertEquals(1_000, share.stream().filter(r -> r.regionId() == 62).findFirst().orElseThrow().students());
    }

    @Test
    void noRegionTakesADistrictOfTheDemoOrOfTheEngineBenchmark() {
        for (RegionSpec region : Country.regions(1, TODAY)) {
            long first = region.districtId(0);
            long last = region.districtId(region.districts() - 1);
            for (long taken : new long[] {7502, 7595, 7599}) {
                assertTrue(taken < first || taken > last, region + " takes district " + taken);
            }
        }
    }
}
