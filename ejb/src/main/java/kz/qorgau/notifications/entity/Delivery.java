package kz.qorgau.notifications.entity;

/** How a person wants a kind of notification beside the notification centre: not at all, at once, or once a day. */
public enum Delivery {
    IN_APP,
    EMAIL,
    DIGEST
}
