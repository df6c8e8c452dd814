package kz.qorgau.duplicates.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.qorgau.students.entity.PersonName;

class NameSpellingsTest {

    @ParameterizedTest(name = "{0} {1} = {2} {3}")
    @CsvSource({
            // Kazakh letters against the Russian spelling, passports' Latin and the Kazakh Latin of 2021
            "Нұрланов, Әлихан, Нурланов, Алихан",
            "Нұрланов, Әлихан, Nurlanov, Alikhan",
            "Нұрланов, Әлихан, Nūrlanov, Älihan",
            "Қуанышева, Жансая, Kuanysheva, Zhansaya",
            "Қуанышева, Жансая, Quanysheva, Jansaia",
            "Куанышева, Жансая, Kuanisheva, Zhansaia",
            "Ғалымжанов, Ерлан, Galymzhanov, Yerlan",
            "Ғалымжанов, Ерлан, Ğalymjanov, Erlan",
            "Өмірзақ, Ілияс, Omirzak, Ilyas",
            "Өмірзақ, Ілияс, Ömirzaq, Ilias",
            "Өмирзак, Ильяс, Omirzaq, Iliyas",
            "Шаңғытбаев, Үмбет, Shangytbayev, Umbet",
            "Сейтқали, Айгерім, Seitkali, Aigerim",
            "Сейтқали, Айгерім, Seitqali, Aygerim",
            "Жумабаева, Мадина, Zhumabaeva, Madina",
            "Щукина, Юлия, Shchukina, Yuliya",
            "Хасанов, Дәулет, Khasanov, Daulet",
            "Ахметов, Тимур, Akhmetov, Timur",
            // the Kazakh Latin of 2017, with apostrophes
            "Шәріпов, Дәурен, S'a'ripov, Da'uren",
            // given name first on one file, surname first on the other
            "Әлихан, Нұрланов, Nurlanov, Alikhan",
            // a slip of the keyboard in a long name
            "Сейтқали, Айгерім, Seitkalli, Aigerm",
    })
    void spellingsOfOneNameMatch(String lastA, String firstA, String lastB, String firstB) {
        assertThat(NameSpellings.likelySame(new PersonName(lastA, firstA, null), new PersonName(lastB, firstB, null)))
                .isTrue();
    }

    @ParameterizedTest(name = "{0} {1} != {2} {3}")
    @CsvSource({
            "Нұрланов, Әлихан, Нұрланов, Арман",
            "Сейтқали, Айгерім, Сейтқали, Айгүл",
            "Иванов, Иван, Петров, Иван",
            "Оспанов, Данияр, Espanov, Nurlan",
            "Ахметов, Тимур, Ахмедова, Тамара",
            "Ким, Ли, Ким, Ан",
            "Арсенов, Арман, Arsenov, Arsen",
    })
    void differentNamesDoNot(String lastA, String firstA, String lastB, String firstB) {
        assertThat(NameSpellings.likelySame(new PersonName(lastA, firstA, null), new PersonName(lastB, firstB, null)))
                .isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "Жансая, jansaia",
            "Zhansaya, jansaia",
            "Қуаныш, kuanish",
            "Quanysh, kuanish",
            "Ғалымжан, galimjan",
            "Öмірзақ, omirzak",
    })
    void keysAreFoldedLatin(String name, String key) {
        assertThat(NameSpellings.key(name)).isEqualTo(key);
    }
}
