package kz.qorgau.notifications.control;

import java.io.Serializable;

import kz.qorgau.notifications.entity.Delivery;
import kz.qorgau.notifications.entity.NotificationKind;

/** A person's delivery of one kind, and whether they chose it or it is the kind's default. */
public record PreferenceView(NotificationKind kind, Delivery delivery, boolean chosen) implements Serializable {
}
