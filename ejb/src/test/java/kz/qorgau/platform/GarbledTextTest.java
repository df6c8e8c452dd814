package kz.qorgau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GarbledTextTest {

    /** What the server stored when it read a UTF-8 form as ISO-8859-1. */
    private static String garbled(String typed) {
        return new String(typed.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Әлия Құрманғазықызы", "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І", "Иванов Сергей",
            "Тревога, бессонница; 3 кездесу.\nЕкінші жол", "Мектеп ауласы, № 12", "Café crème", "😀 emoji"})
    void repairsWhatWasTypedInAnyLanguage(String typed) {
        assertThat(GarbledText.repaired(garbled(typed))).contains(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Әлия Құрманғазықызы", "Иванов", "plain ASCII, 100% fine", "Müller", "Ñandú", "naïve",
            ""})
    void leavesTextThatWasNotDamagedAlone(String text) {
        assertThat(GarbledText.repaired(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Сенім телефоны", "Қорғау"})
    void repairsTextDamagedTwice(String typed) {
        assertThat(GarbledText.repaired(garbled(garbled(typed)))).contains(typed);
    }
}
