package kz.qorgau.cases.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import kz.qorgau.cases.entity.CaseEvent;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.rules.Finding;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.Messages;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.SchoolKind;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.PersonName;
import kz.qorgau.students.entity.Sex;
import kz.qorgau.students.entity.Student;

class CaseEventViewTest {

    private static final Instant AT = Instant.parse("2026-11-24T05:00:00Z");

    private final EarlyWarningCase theCase = new EarlyWarningCase(
            new Student(Iin.issue(LocalDate.of(2011, 4, 12), Sex.FEMALE, 1), new PersonName("Серікова", "Дана", null),
                    null, null, new School(1001, null, SchoolKind.SCHOOL, new LocalizedName("А", "А", "A"), null), 9, "А"),
            Finding.of("EW-01", 7, Level.CRITICAL).firstContactWithin(Duration.ofHours(24)), 1, AT);

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void showsTheEnumerationsOfAnEventInTheReadersLanguage(String language) {
        Locale locale = Locale.forLanguageTag(language);
        CaseEvent event = new CaseEvent(theCase, CaseEventType.STATUS_CHANGED, "socped1", AT, "IN_PROGRESS",
                "MONITORING");

        CaseEventView view = CaseEventView.of(event, locale);

        assertThat(view.text()).contains(Messages.text(locale, "status.MONITORING"))
                .doesNotContain("MONITORING").doesNotContain("{");
        assertThat(view.arguments()).containsExactly("IN_PROGRESS", "MONITORING");
    }

    @Test
    void showsTheMomentOfAFirstContactOnKazakhstansClock() {
        CaseEvent event = new CaseEvent(theCase, CaseEventType.FIRST_CONTACT, "socped1", AT,
                "2026-11-24T05:30:00Z", "PHONE", "Spoke with the mother");

        CaseEventView view = CaseEventView.of(event, Locale.ENGLISH);

        assertThat(view.text()).contains("2026-11-24 10:30").doesNotContain("T05:30");
    }

    /** Every event type and every value its arguments may name have their text in every language. */
    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void everyEventTypeAndItsValuesAreWordedInEveryLanguage(CaseEventType type) {
        for (Locale locale : Messages.SUPPORTED) {
            assertThat(Messages.text(locale, "case.event." + type)).doesNotStartWith("case.event.");
            for (CaseEventType.Arg arg : type.arguments()) {
                arg.allowed().forEach(value -> assertThat(Messages.text(locale, arg.keyPrefix() + value))
                        .as("%s%s in %s", arg.keyPrefix(), value, locale).doesNotStartWith(arg.keyPrefix()));
            }
        }
    }

    @Test
    void namesThePeopleAnEventNamesWhereTheirNamesAreKnown() {
        CaseEvent event = new CaseEvent(theCase, CaseEventType.REASSIGNED, "director1", AT, "PSYCHOLOGIST",
                "psychologist1, relief", "psychologist2");

        CaseEventView view = CaseEventView.of(event, Locale.forLanguageTag("ru"),
                Map.of("psychologist1", "Әйгерім Сұлтанова", "psychologist2", "Мадина Қасымова"));

        assertThat(view.text()).contains("Әйгерім Сұлтанова, relief").contains("Мадина Қасымова")
                .doesNotContain("psychologist");
        assertThat(view.arguments()).containsExactly("PSYCHOLOGIST", "psychologist1, relief", "psychologist2");
        assertThat(CaseEventView.peopleOf(event)).containsExactly("psychologist1", "relief", "psychologist2");
    }
}
