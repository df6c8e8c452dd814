package kz.qorgau.people.boundary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;

import kz.qorgau.people.control.People;
import kz.qorgau.people.control.SeenPerson;

/**
 * Keeps people's names, e-mail addresses, roles and jurisdiction as their verified tokens state them. Every request
 * brings a token, so they are written only when this server has not yet written them or they changed.
 */
@ApplicationScoped
public class SeenPeople {

    private static final Logger LOG = Logger.getLogger(SeenPeople.class.getName());

    @EJB
    People people;

    private final Map<String, SeenPerson> written = new ConcurrentHashMap<>();

    /**
     * What could not be written is tried again on the person's next request; the request goes on. Someone
     * without any role of the system is refused by the service and is kept nowhere.
     */
    public void seen(SeenPerson person) {
        if (person.equals(written.get(person.username()))) {
            return;
        }
        try {
            people.seen(person);
            written.put(person.username(), person);
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "what the token states of " + person.username() + " could not be kept", e);
        }
    }
}
