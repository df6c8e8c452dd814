package kz.qorgau.notifications.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.notifications.control.NotificationPreferences;
import kz.qorgau.notifications.control.NotificationView;
import kz.qorgau.notifications.control.Notifications;
import kz.qorgau.notifications.control.PreferenceView;
import kz.qorgau.notifications.entity.Delivery;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.security.boundary.CallerProducer;

/** The caller's notifications, newest first, marked read one by one or all at once; and how each kind reaches them. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @EJB
    Notifications notifications;

    @EJB
    NotificationPreferences preferences;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private List<NotificationView> shown = List.of();
    private List<Choice> choices = List.of();

    public void load() {
        shown = notifications.mine(false, 0, SHOWN, callers.caller(), language.getLocale());
        List<Choice> loaded = new ArrayList<>();
        for (PreferenceView p : preferences.of(callers.caller())) {
            loaded.add(new Choice(p));
        }
        choices = loaded;
    }

    public void read(long id) {
        try {
            notifications.read(id, callers.caller(), language.getLocale());
        } catch (QorgauException e) {
            PageMessages.refused(e, language.getLocale());
        }
        load();
    }

    public void readAll() {
        notifications.readAll(callers.caller());
        load();
    }

    public void save() {
        for (Choice c : choices) {
            preferences.choose(c.getKind().kind(), c.getDelivery(), callers.caller());
        }
        PageMessages.info(language.text("notifications.saved"));
        load();
    }

    public List<NotificationView> getShown() {
        return shown;
    }

    public boolean isAnyUnread() {
        return shown.stream().anyMatch(n -> n.readAt() == null);
    }

    public List<Choice> getChoices() {
        return choices;
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    /** One kind's row of the settings form. */
    public static class Choice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final PreferenceView kind;
        private Delivery delivery;

        Choice(PreferenceView kind) {
            this.kind = kind;
            this.delivery = kind.delivery();
        }

        public PreferenceView getKind() {
            return kind;
        }

        public Delivery getDelivery() {
            return delivery;
        }

        public void setDelivery(Delivery delivery) {
            this.delivery = delivery;
        }
    }
}
