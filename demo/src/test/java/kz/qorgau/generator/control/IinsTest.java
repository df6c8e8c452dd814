package kz.qorgau.generator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

class IinsTest {

    private static final LocalDate BORN = LocalDate.of(2012, 2, 29);

    @Test
    void issuesValidNumbersWithTheRegionInTheSerial() {
        Iins iins = new Iins(75, Set.of());

        for (int i = 0; i < 300; i++) {
            Iin iin = iins.issue(BORN, i % 2 == 0 ? Sex.FEMALE : Sex.MALE);

            assertThat(Iin.parse(iin.digits())).isEqualTo(iin);
            assertThat(iin.digits().substring(7, 9)).isEqualTo("75");
        }
    }

    @Test
    void neverIssuesTheSameNumberTwiceAndMovesToTheNextDayWhenADayRunsOut() {
        Iins iins = new Iins(19, Set.of());
        Set<String> issued = new HashSet<>();

        for (int i = 0; i < 250; i++) {
            assertThat(issued.add(iins.issue(BORN, Sex.MALE).digits())).isTrue();
        }

        Iin late = iins.issue(BORN, Sex.MALE);
        assertThat(late.birthDate()).isAfter(BORN);
        assertThat(late.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void twoRegionsNeverShareANumber() {
        Iins almaty = new Iins(75, Set.of());
        Iins shymkent = new Iins(79, Set.of());
        Set<String> issued = new HashSet<>();

        for (int i = 0; i < 150; i++) {
            issued.add(almaty.issue(BORN, Sex.FEMALE).digits());
            issued.add(shymkent.issue(BORN, Sex.FEMALE).digits());
        }

        assertThat(issued).hasSize(300);
    }

    @Test
    void skipsNumbersAlreadyOnFile() {
        String first = new Iins(75, Set.of()).issue(BORN, Sex.FEMALE).digits();

        String issued = new Iins(75, Set.of(first)).issue(BORN, Sex.FEMALE).digits();

        assertThat(issued).isNotEqualTo(first);
        assertThat(Iin.parse(issued).birthDate()).isEqualTo(BORN);
    }
}
