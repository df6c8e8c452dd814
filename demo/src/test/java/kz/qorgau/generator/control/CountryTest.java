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
}
