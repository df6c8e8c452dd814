package kz.qorgau.generator.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: {@code students} children in {@code districts} new districts of region {@code regionId},
 * numbered from {@code firstDistrict} (district id = region id x 100 + number), with signals over the half year
 * before {@code referenceDate}. The same spec always gives the same rows, ids aside.
 */
public record RegionSpec(long regionId, int firstDistrict, int districts, int students, long seed,
                         LocalDate referenceDate) {

    /** An oblast's schools average this many students (760 schools, 428,000 students: docs/PRODUCT.md section 8). */
    static final int STUDENTS_PER_SCHOOL = 565;

    /** Oblasts have about 15 to 20 districts of 40 to 50 schools. */
    static final int SCHOOLS_PER_DISTRICT = 45;

    public RegionSpec {
        Objects.requireNonNull(referenceDate, "referenceDate");
        if (regionId < 10 || regionId > 99) {
            throw new IllegalArgumentException("a region id has two digits (KATO): " + regionId);
        }
        if (firstDistrict < 1 || districts < 1 || firstDistrict + districts - 1 > 99) {
            throw new IllegalArgumentException("district numbers run from 1 to 99: " + firstDistrict + " + " + districts);
        }
        if (students < 1) {
            throw new IllegalArgumentException("at least one student: " + students);
        }
    }

    /** A whole region of {@code students}, with as many districts as an oblast of that size has. */
    public static RegionSpec region(long regionId, int students, long seed, LocalDate referenceDate) {
        return region(regionId, 1, students, seed, referenceDate);
    }

    /** The same, its districts numbered from {@code firstDistrict}, leaving those below it to other data. */
    public static RegionSpec region(long regionId, int firstDistrict, int students, long seed,
                                    LocalDate referenceDate) {
        int schools = Math.max(1, Math.round((float) students / STUDENTS_PER_SCHOOL));
        int districts = Math.min(99, (schools + SCHOOLS_PER_DISTRICT - 1) / SCHOOLS_PER_DISTRICT);
        return new RegionSpec(regionId, firstDistrict, districts, students, seed, referenceDate);
    }

    /** One new district, numbered {@code number}, of {@code students}: a slice of a region beside existing data. */
    public static RegionSpec district(long regionId, int number, int students, long seed, LocalDate referenceDate) {
        return new RegionSpec(regionId, number, 1, students, seed, referenceDate);
    }

    long districtId(int index) {
        return regionId * 100 + firstDistrict + index;
    }
}
