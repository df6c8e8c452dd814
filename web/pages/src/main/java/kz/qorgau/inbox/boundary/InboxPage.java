package kz.qorgau.inbox.boundary;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.cases.control.InboxItem;
import kz.qorgau.inbox.control.CallerInbox;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.safety.control.PrescriptionInboxItem;
import kz.qorgau.security.Caller;

/** The inbox page: the caller's open cases by deadline, overdue ones first in line, and school safety duties. */
@Named
@RequestScoped
public class InboxPage {

    private static final int SHOWN = 200;

    @EJB
    CallerInbox inbox;

    @Inject
    Caller caller;

    @Inject
    LanguageChoice language;

    private List<Object> items;

    @PostConstruct
    void read() {
        items = inbox.landing(caller, SHOWN, language.getLocale());
    }

    public List<InboxItem> getCases() {
        return items.stream().filter(InboxItem.class::isInstance).map(InboxItem.class::cast).toList();
    }

    public List<PrescriptionInboxItem> getPrescriptions() {
        return items.stream().filter(PrescriptionInboxItem.class::isInstance).map(PrescriptionInboxItem.class::cast)
                .toList();
    }
}
