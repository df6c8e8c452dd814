package kz.qorgau.notices.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.notices.entity.Notice;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/**
 * Notices to the supervisors of a school: written by features, read by coordinators and ombudsmen. Sending is
 * {@code @PermitAll}: the features that write notices declare who may.
 */
@Stateless
public class Notices {

    @PersistenceContext
    EntityManager em;

    @PermitAll
    public void send(Notice notice) {
        em.persist(notice);
    }

    @RolesAllowed({COORDINATOR, OMBUDSMAN, ADMIN})
    public List<NoticeView> forSupervisor(int page, int size, Caller caller, Locale locale) {
        return JurisdictionQuery.create(em, """
                        select n from Notice n join n.school sc join sc.district d
                        where %s
                        order by n.createdAt desc, n.id desc""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        Notice.class, caller.jurisdiction())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream().map(n -> NoticeView.of(n, locale)).toList();
    }
}
