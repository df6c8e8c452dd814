package kz.qorgau.notices.control;

import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.notices.entity.Notice;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/** Notices to the supervisors of a school: written by features, read by coordinators and ombudsmen. */
@Stateless
public class Notices {

    @PersistenceContext
    EntityManager em;

    public void send(Notice notice) {
        em.persist(notice);
    }

    public List<NoticeView> forSupervisor(int page, int size, Caller caller, Locale locale) {
        return JurisdictionQuery.bind(em.createQuery("""
                        select n from Notice n join n.school sc join sc.district d
                        where %s
                        order by n.createdAt desc, n.id desc""".formatted(JurisdictionQuery.SCHOOL_WITHIN), Notice.class),
                        caller.jurisdiction())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultStream().map(n -> NoticeView.of(n, locale)).toList();
    }
}
