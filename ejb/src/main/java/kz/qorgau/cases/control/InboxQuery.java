package kz.qorgau.cases.control;

import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;

/**
 * Which of the cases waiting for the reader to show, and in which order: null fields and {@code overdueOnly} false
 * do not filter.
 */
public record InboxQuery(Level level, CaseStatus status, boolean overdueOnly, Order order) {

    /** By the first-contact deadline, soonest first; or by level, most urgent first, then by deadline. */
    public enum Order {
        DEADLINE,
        LEVEL
    }

    public InboxQuery {
        order = order == null ? Order.DEADLINE : order;
    }

    public static InboxQuery all() {
        return new InboxQuery(null, null, false, Order.DEADLINE);
    }
}
