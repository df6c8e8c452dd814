package kz.qorgau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;

import org.junit.jupiter.api.Test;

class KazakhstanClockTest {

    record Recorded(@PastOrPresent LocalDate date) {
    }

    @Test
    void beanValidationCountsDaysAsKazakhstanDoes() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(factory.getClockProvider()).isInstanceOf(KazakhstanClock.class);
            LocalDate todayInAlmaty = LocalDate.now(ZoneId.of("Asia/Almaty"));

            assertThat(factory.getValidator().validate(new Recorded(todayInAlmaty))).isEmpty();
            assertThat(factory.getValidator().validate(new Recorded(todayInAlmaty.plusDays(1)))).hasSize(1);
        }
    }
}
