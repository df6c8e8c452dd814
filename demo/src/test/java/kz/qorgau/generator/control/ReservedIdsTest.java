package kz.qorgau.generator.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReservedIdsTest {

    @Test
    void consecutiveValuesOwnEveryIdBetweenThem() {
        List<long[]> runs = ReservedIds.runsOf(List.of(101L, 151L, 201L));

        assertThat(runs).containsExactly(new long[] {101, 201});
    }

    @Test
    void aValueFetchedBetweenOtherSessionsValuesIsKeptAlone() {
        List<long[]> runs = ReservedIds.runsOf(List.of(101L, 151L, 251L, 301L, 401L));

        assertThat(runs).containsExactly(new long[] {101, 151}, new long[] {251, 301}, new long[] {401, 401});
    }
}
