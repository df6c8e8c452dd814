package kz.qorgau.notices.control;

import java.time.Instant;
import java.util.Locale;

import kz.qorgau.notices.entity.Notice;
import kz.qorgau.platform.Messages;

public record NoticeView(long id, Instant createdAt, long schoolId, String text, String recordType, Long recordId) {

    static NoticeView of(Notice n, Locale locale) {
        return new NoticeView(n.getId(), n.getCreatedAt(), n.getSchool().getId(),
                Messages.text(locale, n.getMessageKey(), n.getArguments()), n.getRecordType(), n.getRecordId());
    }
}
