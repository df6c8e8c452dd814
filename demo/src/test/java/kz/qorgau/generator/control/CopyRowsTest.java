package kz.qorgau.generator.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyRowsTest {

    @Test
    void escapesWhatSeparatesFieldsAndRowsInCopyText() {
        assertThat(CopyRows.escape("Оспанов\tДанияр\nстрока\r\\конец"))
                .isEqualTo("Оспанов\\tДанияр\\nстрока\\r\\\\конец");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "Алматы қ., ул. Абая, д. 12";

        assertThat(CopyRows.escape(text)).isSameAs(text);
    }
}
