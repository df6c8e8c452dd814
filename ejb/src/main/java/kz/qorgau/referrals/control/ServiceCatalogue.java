package kz.qorgau.referrals.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.referrals.entity.ServiceProvider;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;

/** The services of each region that children are referred to, kept by the region's coordinator. */
@Stateless
public class ServiceCatalogue {

    static final String RECORD_TYPE = "service";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A coordinator adds services to their own region's catalogue only. */
    @RolesAllowed(COORDINATOR)
    public ServiceView add(@NotNull(message = "{request.body.required}") @Valid NewService request, Caller caller) {
        Region region = em.find(Region.class, request.regionId());
        if (region == null || !caller.jurisdiction().regionIds().contains(region.getId())) {
            throw new NotPermitted("service.region.not-yours", request.regionId());
        }
        ServiceNames names = request.name();
        ServiceProvider service = new ServiceProvider(region, request.kind(),
                new LocalizedName(names.kk().strip(), names.ru().strip(), names.en().strip()), caller.username(),
                clock.instant());
        em.persist(service);
        em.flush();
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, service.getId());
        return ServiceView.of(service);
    }

    /** The services of the regions the caller's jurisdiction lies in: their schools' region, or their own. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<ServiceView> list(int page, int size, Caller caller) {
        return JurisdictionQuery.create(em, """
                        select p from ServiceProvider p
                        where p.region.id in (
                            select d.region.id from School sc join sc.district d where %s)
                        order by p.kind, p.id""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        ServiceProvider.class, caller.jurisdiction())
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList().stream()
                .map(ServiceView::of)
                .toList();
    }
}
