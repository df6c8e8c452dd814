package kz.qorgau.notifications.entity;

/**
 * What a notification tells, each with its delivery for a person who has not chosen one: what asks for action within
 * hours goes by e-mail at once, a deadline a week away in the daily digest. Each kind's text is the message key
 * {@code notification.kind.<KIND>} with the record's number as its argument. A referral's kinds are about its case: the
 * mail names the case's number only.
 */
public enum NotificationKind {
    CASE_ASSIGNED(RecordType.CASE, Delivery.EMAIL),
    FIRST_CONTACT_DUE(RecordType.CASE, Delivery.EMAIL),
    ESCALATED(RecordType.CASE, Delivery.EMAIL),
    PRESCRIPTION_DUE(RecordType.PRESCRIPTION, Delivery.DIGEST),
    /** A worker's closing or lowering waits for the supervisor's decision while the case stays as it was. */
    APPROVAL_WAITING(RecordType.CASE, Delivery.EMAIL),
    /** The supervisor approved or sent back the worker's request. */
    APPROVAL_ANSWERED(RecordType.CASE, Delivery.EMAIL),
    REFERRAL_ANSWERED(RecordType.CASE, Delivery.EMAIL),
    REFERRED_WITHOUT_CONSENT(RecordType.CASE, Delivery.EMAIL),
    REFERRAL_OVERDUE(RecordType.CASE, Delivery.DIGEST);

    private final RecordType recordType;
    private final Delivery byDefault;

    NotificationKind(RecordType recordType, Delivery byDefault) {
        this.recordType = recordType;
        this.byDefault = byDefault;
    }

    public RecordType recordType() {
        return recordType;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    public String messageKey() {
        return "notification.kind." + name();
    }
}
