package kz.qorgau.hotline.entity;

/** How the report reached the trust line. */
public enum Channel {
    PHONE,
    CHAT,
    MESSENGER,
    EMAIL
}
