package kz.qorgau.students.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.qorgau.platform.InvalidInput;

class IinTest {

    @Test
    void acceptsAValidIinAndReadsBirthDateAndSex() {
        Iin iin = Iin.parse("110412600001");

        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(2011, 4, 12));
        assertThat(iin.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void readsTwentiethCenturyMale() {
        Iin iin = Iin.parse("900101300007");

        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(iin.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void rejectsIinWithWrongCheckDigit() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Iin.parse("110412600002"));

        assertThat(e.messageKey()).isEqualTo("iin.check-digit");
    }

    @Test
    void acceptsIinWhoseCheckDigitComesFromTheSecondWeightSeries() {
        assertThat(Iin.checkDigit("11041260020")).isZero();
        assertThat(Iin.parse("110412600200").digits()).isEqualTo("110412600200");
    }

    @Test
    void rejectsIinForWhichNeitherSeriesGivesACheckDigit() {
        assertThat(Iin.checkDigit("11041260025")).isEqualTo(-1);
        for (int last = 0; last <= 9; last++) {
            String candidate = "11041260025" + last;
            assertThrows(InvalidInput.class, () -> Iin.parse(candidate));
        }
    }

    @Test
    void rejectsImpossibleBirthDate() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Iin.parse("110230600001"));

        assertThat(e.messageKey()).isEqualTo("iin.date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"110412000001", "110412700001", "110412900001"})
    void rejectsCenturyDigitOutsideOneToSix(String iin) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Iin.parse(iin));

        assertThat(e.messageKey()).isEqualTo("iin.century");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11041260000", "1104126000011", "11041260000A", " 110412600001"})
    void rejectsAnythingButTwelveDigits(String iin) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Iin.parse(iin));

        assertThat(e.messageKey()).isEqualTo("iin.format");
    }

    @Test
    void rejectsNull() {
        assertThrows(InvalidInput.class, () -> Iin.parse(null));
    }

    @Test
    void issuesNumbersThatParseBackToTheSamePerson() {
        for (int serial = 0; serial < 300; serial++) {
            Iin iin = Iin.issue(LocalDate.of(2008, 12, 31), Sex.MALE, serial);

            assertThat(iin.birthDate()).isEqualTo(LocalDate.of(2008, 12, 31));
            assertThat(iin.sex()).isEqualTo(Sex.MALE);
        }
    }
}
