package kz.qorgau.people.boundary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;

import kz.qorgau.people.control.People;

/**
 * Keeps people's names as their verified tokens state them. Every request brings a token, so the name is written
 * only when this server has not yet written it or it changed.
 */
@ApplicationScoped
public class SeenPeople {

    private static final Logger LOG = Logger.getLogger(SeenPeople.class.getName());

    @EJB
    People people;

    private final Map<String, String> written = new ConcurrentHashMap<>();

    /**
     * A name that could not be written is tried again on the person's next request; the request goes on. Someone
     * without any role of the system is refused by the service and keeps no name.
     */
    public void seen(String username, String displayName) {
        if (displayName.equals(written.get(username))) {
            return;
        }
        try {
            people.seen(username, displayName);
            written.put(username, displayName);
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "the name of " + username + " could not be kept", e);
        }
    }
}
