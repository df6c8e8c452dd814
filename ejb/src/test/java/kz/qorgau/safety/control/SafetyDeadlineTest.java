package kz.qorgau.safety.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.qorgau.platform.InvalidInput;

class SafetyDeadlineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void noDeadlineGivenMeansAMonthFromToday() {
        assertThat(SafetyDeadline.resolve(null, TODAY)).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    void todayAndExactlyAYearAheadAreAccepted() {
        assertThat(SafetyDeadline.resolve(TODAY, TODAY)).isEqualTo(TODAY);
        assertThat(SafetyDeadline.resolve(TODAY.plusDays(365), TODAY)).isEqualTo(TODAY.plusDays(365));
    }

    @Test
    void rejectsADeadlineInThePast() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> SafetyDeadline.resolve(TODAY.minusDays(1), TODAY));
        assertThat(e.messageKey()).isEqualTo("safety.deadline.past");
    }

    @Test
    void rejectsADeadlineMoreThanAYearAhead() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> SafetyDeadline.resolve(TODAY.plusDays(366), TODAY));
        assertThat(e.messageKey()).isEqualTo("safety.deadline.too-far");
    }
}
