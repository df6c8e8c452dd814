package kz.qorgau.notifications.control;

import java.time.Instant;

/**
 * What a run of the reminders did: how many people it reminded of a first contact, of a prescription and of a
 * referral the service has not answered by its due date.
 */
public record ReminderRun(Instant at, int firstContacts, int prescriptions, int overdueReferrals) {

    public int total() {
        return firstContacts + prescriptions + overdueReferrals;
    }
}
