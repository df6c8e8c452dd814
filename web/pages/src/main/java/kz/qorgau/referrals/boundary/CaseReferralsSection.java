package kz.qorgau.referrals.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.cases.boundary.CasePage;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.referrals.control.ConsentOverride;
import kz.qorgau.referrals.control.ConsentView;
import kz.qorgau.referrals.control.Consents;
import kz.qorgau.referrals.control.NewReferral;
import kz.qorgau.referrals.control.ReferralStatusChange;
import kz.qorgau.referrals.control.ReferralView;
import kz.qorgau.referrals.control.Referrals;
import kz.qorgau.referrals.control.ServiceCatalogue;
import kz.qorgau.referrals.control.ServiceView;
import kz.qorgau.referrals.entity.OverrideGround;
import kz.qorgau.referrals.entity.ReferralStatus;
import kz.qorgau.security.Caller;
import kz.qorgau.security.boundary.CallerProducer;

/**
 * The referrals of the case on the case page (docs/PRODUCT.md, "Referrals to services"): the list with each one's
 * status and due date, a referral to a service of the region on a standing consent of the guardian or on a legal
 * ground, and the service's answer. The forms show to those the case page lets plan the case; the services decide.
 */
@Named
@ViewScoped
public class CaseReferralsSection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @EJB
    Referrals referrals;

    @EJB
    ServiceCatalogue catalogue;

    @EJB
    Consents consents;

    @Inject
    CasePage casePage;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private List<ReferralView> shown;
    private List<ServiceView> services;
    private List<ConsentView> standing;

    private Long serviceId;
    private String reason;
    private LocalDate dueOn;
    private Long consentId;
    private OverrideGround ground;
    private String groundNote;
    private Long referralId;
    private ReferralStatus status;
    private String answer;

    public List<ReferralView> getReferrals() {
        if (shown == null) {
            shown = List.of();
            if (casePage.getShown() != null) {
                try {
                    shown = referrals.ofCase(casePage.getId(), 0, SHOWN, caller());
                } catch (QorgauException e) {
                    // a reader under a break-glass grant sees the record but not this part of it
                    return shown;
                }
            }
        }
        return shown;
    }

    /** The services of the catalogue the caller's region keeps. */
    public List<ServiceView> getServices() {
        if (services == null) {
            services = catalogue.list(0, SHOWN, caller());
        }
        return services;
    }

    /** The child's consents still standing: those recorded since the last withdrawal. */
    public List<ConsentView> getStandingConsents() {
        if (standing == null) {
            List<ConsentView> since = new ArrayList<>();
            for (ConsentView c : consents.historyOf(casePage.getShown().studentId(), 0, SHOWN, caller())) {
                if (c.withdrawal()) {
                    since.clear();
                } else {
                    since.add(c);
                }
            }
            standing = since;
        }
        return standing;
    }

    /** Referrals still waiting for the service or for their outcome: those whose answer the worker records. */
    public List<ReferralView> getOpenReferrals() {
        return getReferrals().stream().filter(r -> r.status() == ReferralStatus.SENT
                || r.status() == ReferralStatus.ACCEPTED).toList();
    }

    public String serviceName(long id) {
        Map<Long, ServiceView> byId = getServices().stream()
                .collect(Collectors.toMap(ServiceView::id, Function.identity()));
        ServiceView s = byId.get(id);
        return s == null ? "№ " + id : nameOf(s);
    }

    public String nameOf(ServiceView s) {
        return switch (language.getCode()) {
            case "kk" -> s.name().kk();
            case "ru" -> s.name().ru();
            default -> s.name().en();
        };
    }

    public String refer() {
        ConsentOverride override = ground == null ? null : new ConsentOverride(ground, groundNote);
        if (FormSubmission.run("referral", locale(), () -> referrals.refer(casePage.getId(),
                new NewReferral(serviceId, reason, dueOn, consentId, override), caller()))) {
            PageMessages.info(language.text("referrals.sent"));
            return AfterSave.sameAddress();
        }
        return null;
    }

    public String recordAnswer() {
        if (FormSubmission.run("referralAnswer", locale(), () -> referrals.changeStatus(referralId,
                new ReferralStatusChange(status, answer), caller()))) {
            PageMessages.info(language.text("referrals.answer.recorded"));
            return AfterSave.sameAddress();
        }
        return null;
    }

    public OverrideGround[] getGrounds() {
        return OverrideGround.values();
    }

    /** The steps a worker records: the service's answer, the outcome, or their own revocation. */
    public List<ReferralStatus> getNextStatuses() {
        return List.of(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.DONE,
                ReferralStatus.REVOKED);
    }

    private Caller caller() {
        return callers.caller();
    }

    private Locale locale() {
        return language.getLocale();
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getConsentId() {
        return consentId;
    }

    public void setConsentId(Long consentId) {
        this.consentId = consentId;
    }

    public OverrideGround getGround() {
        return ground;
    }

    public void setGround(OverrideGround ground) {
        this.ground = ground;
    }

    public String getGroundNote() {
        return groundNote;
    }

    public void setGroundNote(String groundNote) {
        this.groundNote = groundNote;
    }

    public Long getReferralId() {
        return referralId;
    }

    public void setReferralId(Long referralId) {
        this.referralId = referralId;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
