package kz.qorgau.notifications.control;

import java.time.Instant;

/** What a run of the reminders did: how many people it reminded of a first contact and of a prescription. */
public record ReminderRun(Instant at, int firstContacts, int prescriptions) {

    public int total() {
        return firstContacts + prescriptions;
    }
}
