package kz.qorgau.notifications.control;

import java.util.List;

/** The mail still waiting ({@code pending}) and given up ({@code failed}), and the latest of them. */
public record OutboxState(long pending, long failed, List<OutboxView> mails) {
}
