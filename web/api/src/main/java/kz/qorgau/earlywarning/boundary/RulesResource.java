package kz.qorgau.earlywarning.boundary;

import java.util.Set;

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
public class RulesResource {

    @EJB
    RuleEngine engine;

    @GET
    public Set<String> loaded() {
        return engine.ruleIds();
    }
}
