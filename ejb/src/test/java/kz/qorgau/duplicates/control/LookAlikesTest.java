package kz.qorgau.duplicates.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import kz.qorgau.students.entity.PersonName;

class LookAlikesTest {

    private static final Function<String[], PersonName> NAME = f -> new PersonName(f[0], f[1], null);

    @Test
    void twoSpellingsOfOneChildMakeOnePairAndOthersNone() {
        String[] kazakh = {"Сейтқали", "Айгерім"};
        String[] russian = {"Сейткали", "Айгерим"};
        String[] other = {"Оспанов", "Данияр"};

        assertThat(LookAlikes.among(List.of(kazakh, russian, other), NAME)).singleElement()
                .satisfies(p -> assertThat(List.of(p.first(), p.second())).containsExactly(kazakh, russian));
    }

    @Test
    void aPlaceholderNameSharedByAThousandFilesRaisesNoPairAndKeepsNoneOfTheHalfMillion() {
        List<String[]> day = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            day.add(new String[] {"Test", "Student"});
        }
        String[] kazakh = {"Сейтқали", "Айгерім"};
        String[] latin = {"Seitkali", "Aigerim"};
        day.add(kazakh);
        day.add(latin);

        assertThat(LookAlikes.among(day, NAME)).singleElement()
                .satisfies(p -> assertThat(List.of(p.first(), p.second())).containsExactly(kazakh, latin));
    }
}
