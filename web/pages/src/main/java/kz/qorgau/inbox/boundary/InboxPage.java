package kz.qorgau.inbox.boundary;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.cases.control.InboxCounts;
import kz.qorgau.cases.control.InboxItem;
import kz.qorgau.cases.control.InboxQuery;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.inbox.control.CallerInbox;
import kz.qorgau.inbox.control.InboxSlice;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.safety.control.PrescriptionInboxItem;
import kz.qorgau.security.Caller;

/**
 * The inbox page, a psychologist's working day: the open cases waiting for the caller a page at a time, filtered by
 * level, status, overdue and kind, by deadline or by level, with the counts of each filter; and school safety duties.
 * Everything it was asked is in its address (see {@link InboxFilter}).
 */
@Named
@RequestScoped
public class InboxPage {

    static final int PAGE_SIZE = 20;

    /** The statuses a case in an inbox may have: a closed case waits for nobody. */
    private static final List<CaseStatus> OPEN = List.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS,
            CaseStatus.MONITORING);

    @EJB
    CallerInbox inbox;

    @Inject
    Caller caller;

    @Inject
    LanguageChoice language;

    private InboxFilter filter;
    private InboxSlice slice;

    @PostConstruct
    void read() {
        filter = InboxFilter.of(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
        slice = inbox.slice(caller, filter.query(), (filter.page() - 1) * PAGE_SIZE, PAGE_SIZE, language.getLocale());
        if (slice.cases().isEmpty() && filter.page() > getPages()) {
            filter = new InboxFilter(filter.level(), filter.status(), filter.overdue(), filter.kind(), filter.sort(),
                    getPages());
            slice = inbox.slice(caller, filter.query(), (filter.page() - 1) * PAGE_SIZE, PAGE_SIZE,
                    language.getLocale());
        }
    }

    public InboxFilter getFilter() {
        return filter;
    }

    public List<InboxItem> getCases() {
        return filter.showsCases() ? slice.cases() : List.of();
    }

    public List<PrescriptionInboxItem> getPrescriptions() {
        return filter.showsPrescriptions() ? slice.prescriptions() : List.of();
    }

    public InboxCounts getCounts() {
        return slice.counts();
    }

    public long getPrescriptionCount() {
        return slice.prescriptionCount();
    }

    /** Everything overdue: cases without first contact past their deadline, and prescriptions past theirs. */
    public long getOverdueCount() {
        return slice.counts().overdue() + slice.overduePrescriptions();
    }

    public long getMatching() {
        return slice.matchingCases();
    }

    public int getPages() {
        return (int) Math.max(1, (slice.matchingCases() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** The number of the first case shown, from 1; 0 when none is. */
    public long getFirstShown() {
        return slice.cases().isEmpty() ? 0 : (long) (filter.page() - 1) * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return (long) (filter.page() - 1) * PAGE_SIZE + slice.cases().size();
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public List<CaseStatus> getStatuses() {
        return OPEN;
    }

    public InboxQuery.Order[] getOrders() {
        return InboxQuery.Order.values();
    }

    public InboxFilter.Kind[] getKinds() {
        return InboxFilter.Kind.values();
    }
}
