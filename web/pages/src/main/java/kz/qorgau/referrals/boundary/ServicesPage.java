package kz.qorgau.referrals.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.referrals.control.NewService;
import kz.qorgau.referrals.control.ServiceCatalogue;
import kz.qorgau.referrals.control.ServiceNames;
import kz.qorgau.referrals.control.ServiceView;
import kz.qorgau.referrals.entity.ServiceKind;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.security.Caller;
import kz.qorgau.security.boundary.CallerProducer;

/**
 * The catalogue of services of the caller's regions: everyone who refers reads it, the region's coordinator adds to
 * it (docs/PRODUCT.md, "Referrals to services"). The service decides who may add; the form shows to coordinators.
 */
@Named
@ViewScoped
public class ServicesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @EJB
    ServiceCatalogue catalogue;

    @EJB
    Schools schools;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private List<ServiceView> services;
    private Map<Long, String> regionNames;

    private Long regionId;
    private ServiceKind kind;
    private String nameKk;
    private String nameRu;
    private String nameEn;

    public List<ServiceView> getServices() {
        if (services == null) {
            services = catalogue.list(0, SHOWN, caller());
        }
        return services;
    }

    /** The regions whose catalogue the caller keeps: a coordinator's own. */
    public List<Long> getRegions() {
        return caller().jurisdiction().regionIds().stream().sorted().toList();
    }

    public String regionName(long id) {
        if (regionNames == null) {
            Locale locale = locale();
            regionNames = schools.regions().stream()
                    .collect(Collectors.toMap(r -> r.id(), r -> r.name().in(locale), (a, b) -> a));
        }
        return regionNames.getOrDefault(id, String.valueOf(id));
    }

    public String add() {
        if (FormSubmission.run("service", locale(), () -> catalogue.add(new NewService(regionId, kind,
                new ServiceNames(nameKk, nameRu, nameEn)), caller()))) {
            PageMessages.info(language.text("services.added"));
            return AfterSave.sameAddress();
        }
        return null;
    }

    public String nameOf(ServiceView s) {
        return switch (language.getCode()) {
            case "kk" -> s.name().kk();
            case "ru" -> s.name().ru();
            default -> s.name().en();
        };
    }

    public ServiceKind[] getKinds() {
        return ServiceKind.values();
    }

    private Caller caller() {
        return callers.caller();
    }

    private Locale locale() {
        return language.getLocale();
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public void setKind(ServiceKind kind) {
        this.kind = kind;
    }

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
