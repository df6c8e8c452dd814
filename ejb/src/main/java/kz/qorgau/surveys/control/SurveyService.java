package kz.qorgau.surveys.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.platform.DuplicateRecord;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.schools.control.Names;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.surveys.entity.SurveyCampaign;
import kz.qorgau.surveys.entity.SurveyInstrument;
import kz.qorgau.surveys.entity.SurveyScale;

/**
 * Survey instruments (national reference data, kept by administrators) and campaigns, which a coordinator runs over
 * schools of their own jurisdiction. The campaign lookup for the imports is {@code @PermitAll}: the imports declare who
 * may.
 */
@Stateless
public class SurveyService {

    static final String CAMPAIGN = "survey-campaign";

    @PersistenceContext
    EntityManager em;

    @EJB
    Schools schools;

    @EJB
    AuditTrail audit;

    @RolesAllowed(ADMIN)
    public InstrumentView createInstrument(@NotNull(message = "{request.body.required}") @Valid NewInstrument request,
                                           Caller caller) {
        String code = request.code().strip();
        if (!em.createQuery("select i.id from SurveyInstrument i where i.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty()) {
            throw new DuplicateRecord("survey.instrument.duplicate", code);
        }
        SurveyInstrument instrument = new SurveyInstrument(code, entity(request.name()), request.scales().stream()
                .map(s -> new SurveyScale(s.code(), entity(s.name()), s.threshold(), s.maxScore(),
                        Boolean.TRUE.equals(s.suicideRisk())))
                .toList());
        em.persist(instrument);
        em.flush();
        audit.record(caller, AuditAction.CREATE, "survey-instrument", instrument.getId());
        return InstrumentView.of(instrument);
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<InstrumentView> instruments() {
        return em.createQuery("select i from SurveyInstrument i order by i.code", SurveyInstrument.class)
                .getResultList().stream().map(InstrumentView::of).toList();
    }

    /** Every school of the campaign must lie within the caller's jurisdiction; one outside reads as not found. */
    @RolesAllowed({COORDINATOR, ADMIN})
    public CampaignView openCampaign(@NotNull(message = "{request.body.required}") @Valid NewCampaign request,
                                     Caller caller) {
        SurveyInstrument instrument = Optional.ofNullable(em.find(SurveyInstrument.class, request.instrumentId()))
                .orElseThrow(() -> new RecordNotFound("survey-instrument", request.instrumentId()));
        Set<Long> named = new HashSet<>();
        request.schoolIds().stream().filter(id -> !named.add(id)).findFirst().ifPresent(id -> {
            throw new InvalidInput("survey.campaign.school.twice", id);
        });
        request.schoolIds().forEach(id -> schools.requireVisible(id, caller));
        SurveyCampaign campaign = new SurveyCampaign(instrument, request.startsOn(), request.endsOn(),
                Set.copyOf(request.schoolIds()), caller.username());
        em.persist(campaign);
        em.flush();
        audit.record(caller, AuditAction.CREATE, CAMPAIGN, campaign.getId());
        return CampaignView.of(campaign);
    }

    /** Campaigns covering at least one school of the caller's jurisdiction, newest first. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<CampaignView> campaigns(int page, int size, Caller caller) {
        return JurisdictionQuery.create(em, ("""
                        select c from SurveyCampaign c
                        where exists (select sc.id from School sc join sc.district d
                                      where sc.id member of c.schoolIds and %s)
                        order by c.startsOn desc, c.id desc""").formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        SurveyCampaign.class, caller.jurisdiction())
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList().stream().map(CampaignView::of).toList();
    }

    /** @throws RecordNotFound unless the campaign covers a school of the caller's jurisdiction */
    @PermitAll
    public SurveyCampaign requireVisible(long campaignId, Caller caller) {
        return JurisdictionQuery.create(em, """
                        select c from SurveyCampaign c
                        where c.id = :id
                          and exists (select sc.id from School sc join sc.district d
                                      where sc.id member of c.schoolIds and %s)"""
                        .formatted(JurisdictionQuery.SCHOOL_WITHIN), SurveyCampaign.class, caller.jurisdiction())
                .setParameter("id", campaignId)
                .getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFound(CAMPAIGN, campaignId));
    }

    private static LocalizedName entity(Names names) {
        return new LocalizedName(names.kk().strip(), names.ru().strip(), names.en().strip());
    }
}
