package kz.qorgau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrintableTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Әлия Құрманғазықызы", "Ұйқысыз түндер; ғ қ ң ө ұ ү һ і", "Тревога и бессонница",
            "line one\nline two\r\n\tindented", "50% of_it \\ too", "emoji 😀 kept"})
    void textPeopleTypeIsPrintable(String text) {
        assertThat(PrintableText.isPrintable(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x\u0000y", "\u0007bell", "del\u007f", "c1\u0085", "escape\u001b[31m", "lone \ud83d half",
            "\ude00 low first"})
    void controlCharactersAndBrokenSurrogatesAreNot(String text) {
        assertThat(PrintableText.isPrintable(text)).isFalse();
    }
}
