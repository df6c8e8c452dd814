package kz.qorgau.inbox.control;

import java.util.List;

import kz.qorgau.cases.control.InboxCounts;
import kz.qorgau.cases.control.InboxItem;
import kz.qorgau.safety.control.PrescriptionInboxItem;

/**
 * What the inbox page shows at once: a page of the cases asked for and how many there are to page through, the
 * counts of all the cases waiting, and the prescriptions waiting with how many there are and how many overdue.
 */
public record InboxSlice(List<InboxItem> cases, long matchingCases, InboxCounts counts,
                         List<PrescriptionInboxItem> prescriptions, long prescriptionCount, long overduePrescriptions) {
}
