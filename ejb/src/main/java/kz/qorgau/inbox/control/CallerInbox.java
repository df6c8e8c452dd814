package kz.qorgau.inbox.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.HOTLINE_OPERATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import kz.qorgau.cases.control.Inbox;
import kz.qorgau.cases.control.InboxItem;
import kz.qorgau.cases.control.InboxQuery;
import kz.qorgau.safety.control.PrescriptionInbox;
import kz.qorgau.safety.control.PrescriptionInboxItem;
import kz.qorgau.security.Caller;

/**
 * Everything waiting for the caller in one list by due time: early-warning cases and school safety prescriptions,
 * each item saying its {@code kind}. A page of the whole is cut from the first pages of both kinds merged.
 */
@Stateless
public class CallerInbox {

    /** A school has a few dozen checklist items at most; more waiting at once would be a list for a report. */
    private static final int PRESCRIPTIONS_SHOWN = 200;

    @EJB
    Inbox cases;

    @EJB
    PrescriptionInbox prescriptions;

    private record Waiting(Instant due, Object item) {
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN})
    public List<Object> of(Caller caller, int page, int size, Locale locale) {
        return waiting(caller, page, size, locale);
    }

    /**
     * A page of the inbox page, where everyone lands after logging in: the cases the query matches from
     * {@code first}, how many it matches, the counts of everything waiting, and the prescriptions waiting (only the
     * overdue ones when the query asks for those). Empty for the roles that have no inbox, to whom the API answers
     * 403.
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN,
            HOTLINE_OPERATOR})
    public InboxSlice slice(Caller caller, InboxQuery query, int first, int size, Locale locale) {
        List<PrescriptionInboxItem> duties = prescriptions.of(caller, PRESCRIPTIONS_SHOWN, locale);
        return new InboxSlice(cases.matching(caller, query, first, size, locale), cases.count(caller, query),
                cases.counts(caller), duties.stream().filter(p -> !query.overdueOnly() || p.overdue()).toList(),
                duties.size(), duties.stream().filter(PrescriptionInboxItem::overdue).count());
    }

    private List<Object> waiting(Caller caller, int page, int size, Locale locale) {
        int upToPage = (page + 1) * size;
        Stream<Waiting> caseItems = cases.of(caller, 0, upToPage, locale).stream()
                .map((InboxItem c) -> new Waiting(c.due(), c));
        Stream<Waiting> prescriptionItems = prescriptions.of(caller, upToPage, locale).stream()
                .map((PrescriptionInboxItem p) -> new Waiting(p.due(), p));
        return Stream.concat(caseItems, prescriptionItems)
                .sorted(Comparator.comparing(Waiting::due))
                .skip((long) page * size)
                .limit(size)
                .map(Waiting::item)
                .toList();
    }
}
