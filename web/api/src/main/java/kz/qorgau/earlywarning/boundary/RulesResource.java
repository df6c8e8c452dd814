package kz.qorgau.earlywarning.boundary;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;

import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import kz.qorgau.earlywarning.control.RuleEngine;

/** The early-warning rules the server has loaded, as the people who oversee them may check. */
@Path("rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({COORDINATOR, OMBUDSMAN, ADMIN})
public class RulesResource {

    @EJB
    RuleEngine engine;

    @GET
    public Set<String> loaded() {
        return engine.ruleIds();
    }
}
