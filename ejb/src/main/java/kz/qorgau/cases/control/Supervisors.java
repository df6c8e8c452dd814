package kz.qorgau.cases.control;

import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.security.Caller;

/**
 * Who supervises whom, as the table {@code supervision_rule} says (migration V32): the role that approves a worker's
 * closing or lowering of a HIGH or CRITICAL case. Plumbing of the case workflow, which checks the caller's roles.
 */
@Stateless
public class Supervisors {

    @PersistenceContext
    EntityManager em;

    /**
     * The role that approves the caller's closing or lowering; empty for a supervisor, who decides at once. A worker
     * whose roles have no rule answers to the school's administrator.
     */
    @PermitAll
    public Optional<String> of(Caller caller) {
        if (caller.hasRole(SCHOOL_ADMIN) || caller.hasRole(COORDINATOR)) {
            return Optional.empty();
        }
        if (caller.roles().isEmpty()) {
            return Optional.of(SCHOOL_ADMIN);
        }
        List<?> roles = em.createNativeQuery("select supervisor_role from supervision_rule where worker_role in"
                        + " (:roles) order by worker_role")
                .setParameter("roles", caller.roles())
                .getResultList();
        return Optional.of(roles.isEmpty() ? SCHOOL_ADMIN : (String) roles.get(0));
    }
}
