package kz.qorgau.inbox.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.qorgau.cases.control.InboxQuery;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;

class InboxFilterTest {

    @Test
    void readsWhatTheAddressAsks() {
        InboxFilter filter = InboxFilter.of(Map.of("level", "HIGH", "status", "ASSIGNED", "overdue", "true",
                "kind", "CASE", "sort", "LEVEL", "page", "3"));

        assertThat(filter.query()).isEqualTo(new InboxQuery(Level.HIGH, CaseStatus.ASSIGNED, true,
                InboxQuery.Order.LEVEL));
        assertThat(filter.page()).isEqualTo(3);
        assertThat(filter.showsCases()).isTrue();
        assertThat(filter.showsPrescriptions()).isFalse();
    }

    @Test
    void ignoresWhatItDoesNotKnow() {
        InboxFilter filter = InboxFilter.of(Map.of("level", "high' or 1=1", "status", "CLOSEDX", "overdue", "yes",
                "sort", "name", "page", "-2"));

        assertThat(filter.query()).isEqualTo(InboxQuery.all());
        assertThat(filter.page()).isEqualTo(1);
        assertThat(filter.showsCases()).isTrue();
        assertThat(filter.showsPrescriptions()).isTrue();
    }

    @Test
    void aChangedFilterKeepsTheOthersAndGoesBackToTheFirstPage() {
        InboxFilter filter = InboxFilter.of(Map.of("level", "HIGH", "sort", "LEVEL", "page", "2"));

        assertThat(filter.with("status", "NEW")).isEqualTo("?level=HIGH&status=NEW&sort=LEVEL");
        assertThat(filter.with("level", "")).isEqualTo("?sort=LEVEL");
        assertThat(filter.with("page", "3")).isEqualTo("?level=HIGH&sort=LEVEL&page=3");
        assertThat(InboxFilter.of(Map.of()).with("overdue", "true")).isEqualTo("?overdue=true");
        assertThat(InboxFilter.of(Map.of("page", "2")).with("page", "1")).isEqualTo("?");
    }
}
