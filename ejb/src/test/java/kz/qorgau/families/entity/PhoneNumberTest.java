package kz.qorgau.families.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.qorgau.platform.InvalidInput;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+77011234567", "+7 701 123 45 67", "+7-701-123-45-67", "+7 (701) 123-45-67",
            "  +7 701 1234567 "})
    void normalisesTheWaysPeopleWriteANumberToPlusSevenAndTenDigits(String written) {
        assertThat(PhoneNumber.parse(written).digits()).isEqualTo("+77011234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"87011234567", "77011234567", "+7701123456", "+770112345678", "+8 701 123 45 67",
            "+7 701 ABC 45 67", "+7 701 123.45.67", ""})
    void rejectsWhatIsNotPlusSevenAndTenDigits(String written) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> PhoneNumber.parse(written));

        assertThat(e.messageKey()).isEqualTo("phone.format");
    }

    @Test
    void namesTheRejectedNumberAsTheUserTypedIt() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> PhoneNumber.parse(" 8 701 123 45 67 "));

        assertThat(e.arguments()).containsExactly("8 701 123 45 67");
    }

    @Test
    void refusesToHoldANumberThatIsNotNormalised() {
        assertThrows(InvalidInput.class, () -> new PhoneNumber("+7 701 123 45 67"));
    }
}
