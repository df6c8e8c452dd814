package kz.qorgau.notifications.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import kz.qorgau.notifications.control.NotificationPreferences;
import kz.qorgau.notifications.control.NotificationView;
import kz.qorgau.notifications.control.Notifications;
import kz.qorgau.notifications.control.Outbox;
import kz.qorgau.notifications.control.OutboxState;
import kz.qorgau.notifications.control.PreferenceChange;
import kz.qorgau.notifications.control.PreferenceView;
import kz.qorgau.notifications.entity.NotificationKind;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.boundary.Languages;
import kz.qorgau.platform.boundary.PageParams;
import kz.qorgau.platform.boundary.QueryParams;
import kz.qorgau.security.Caller;

/** The caller's own notifications and choices of delivery; for the admin, the mail not yet sent. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @EJB
    Notifications notifications;

    @EJB
    NotificationPreferences preferences;

    @EJB
    Outbox outbox;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** Newest first; {@code ?unread=true} for the unread ones only. */
    @GET
    public List<NotificationView> list(@QueryParam("unread") String unread, @BeanParam @Valid PageParams page) {
        return notifications.mine(QueryParams.flag("unread", unread), page.page(), page.size(), caller,
                Languages.of(headers, uri));
    }

    @GET
    @Path("unread-count")
    public Map<String, Long> unreadCount() {
        return Map.of("unread", notifications.unread(caller));
    }

    @POST
    @Path("{id}/read")
    public NotificationView read(@PathParam("id") long id) {
        return notifications.read(id, caller, Languages.of(headers, uri));
    }

    @POST
    @Path("read-all")
    public Map<String, Integer> readAll() {
        return Map.of("read", notifications.readAll(caller));
    }

    @GET
    @Path("preferences")
    public List<PreferenceView> preferences() {
        return preferences.of(caller);
    }

    @PUT
    @Path("preferences/{kind}")
    public PreferenceView choose(@PathParam("kind") String kind, @NotNull @Valid PreferenceChange change) {
        return preferences.choose(kindOf(kind), change.delivery(), caller);
    }

    /** The admin's view of the mail the mail server has not taken: waiting, and given up. */
    @GET
    @Path("outbox")
    public OutboxState outbox(@BeanParam @Valid PageParams page) {
        return outbox.unsent(page.page(), page.size());
    }

    private static NotificationKind kindOf(String name) {
        return Arrays.stream(NotificationKind.values()).filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInput("error.notification.kind", name));
    }
}
