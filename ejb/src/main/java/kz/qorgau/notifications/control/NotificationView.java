package kz.qorgau.notifications.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

import kz.qorgau.notifications.entity.Notification;
import kz.qorgau.notifications.entity.NotificationKind;
import kz.qorgau.notifications.entity.RecordType;
import kz.qorgau.platform.Messages;

/** A notification as its recipient reads it; {@code link} is the page's path on this server. */
public record NotificationView(long id, NotificationKind kind, RecordType recordType, long recordId, long schoolId,
                               String text, String link, Instant createdAt, Instant readAt) implements Serializable {

    static NotificationView of(Notification n, Locale locale) {
        long schoolId = n.getSchool().getId();
        return new NotificationView(n.getId(), n.getKind(), n.getRecordType(), n.getRecordId(), schoolId,
                Messages.text(locale, n.getKind().messageKey(), n.getRecordId()),
                Notifications.linkOf(n.getRecordType(), n.getRecordId(), schoolId, ""), n.getCreatedAt(),
                n.getReadAt());
    }
}
