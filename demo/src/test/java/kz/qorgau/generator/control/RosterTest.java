package kz.qorgau.generator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

class RosterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Roster roster(long regionId, int students, long seed) {
        RegionSpec spec = RegionSpec.region(regionId, students, seed, TODAY);
        SplittableRandom root = new SplittableRandom(seed);
        return Roster.of(RegionPlan.of(spec, root.split()), root.split(), new Iins(regionId, Set.of()));
    }

    @Test
    void everyIinIsValidUniqueAndTellsTheStudentsBirthDateAndSex() {
        Roster roster = roster(75, 20_000, 3);
        Set<String> seen = new HashSet<>();

        for (int s = 0; s < roster.students(); s++) {
            Iin iin = Iin.parse(roster.iin(s));
            assertThat(seen.add(iin.digits())).isTrue();
            assertThat(iin.birthDate()).isEqualTo(roster.birthDate(s));
            assertThat(iin.sex()).isEqualTo(roster.female(s) ? Sex.FEMALE : Sex.MALE);
        }
    }

    @Test
    void theSameSeedGivesTheSameStudentsAndFamilies() {
        Roster one = roster(75, 5_000, 11);
        Roster two = roster(75, 5_000, 11);

        assertThat(two.families()).isEqualTo(one.families());
        for (int s = 0; s < one.students(); s++) {
            assertThat(two.iin(s)).isEqualTo(one.iin(s));
            assertThat(two.grade(s)).isEqualTo(one.grade(s));
            assertThat(two.classLetter(s)).isEqualTo(one.classLetter(s));
            assertThat(two.family(s)).isEqualTo(one.family(s));
            assertThat(two.atRisk(s)).isEqualTo(one.atRisk(s));
        }
    }

    @Test
    void anotherRegionGetsTheSameShapeWithOtherIins() {
        Roster almaty = roster(75, 5_000, 11);
        Roster abai = roster(10, 5_000, 11);

        assertThat(abai.families()).isEqualTo(almaty.families());
        for (int s = 0; s < almaty.students(); s++) {
            assertThat(abai.birthDate(s)).isEqualTo(almaty.birthDate(s));
            assertThat(abai.iin(s)).isNotEqualTo(almaty.iin(s));
        }
    }

    @Test
    void pupilsAreOfTheAgeOfTheirGradeAndEveryOneHasAFamilyAtTheirSchool() {
        RegionSpec spec = RegionSpec.region(75, 20_000, 5, TODAY);
        SplittableRandom root = new SplittableRandom(5);
        RegionPlan plan = RegionPlan.of(spec, root.split());
        Roster roster = Roster.of(plan, root.split(), new Iins(75, Set.of()));

        for (int school = 0; school < plan.schools().size(); school++) {
            for (int s = roster.schoolStart(school); s < roster.schoolEnd(school); s++) {
                int age = roster.age(s, TODAY);
                Integer grade = roster.grade(s);
                assertThat(age).isBetween(grade == null ? 14 : grade + 5, grade == null ? 17 : grade + 6);
                assertThat(roster.familySchool(roster.family(s))).isEqualTo(school);
            }
        }
    }

    @Test
    void aFewChildrenAreAtRisk() {
        Roster roster = roster(75, 50_000, 9);

        long atRisk = IntStream.range(0, roster.students()).filter(roster::atRisk).count();

        assertThat(atRisk).isBetween(1_000L, 2_000L);
    }
}
