package kz.qorgau.referrals.control;

import java.io.Serializable;

import kz.qorgau.referrals.entity.ServiceKind;
import kz.qorgau.referrals.entity.ServiceProvider;

/** A service of the catalogue as the API shows it. */
public record ServiceView(long id, long regionId, ServiceKind kind, ServiceNames name) implements Serializable {

    static ServiceView of(ServiceProvider s) {
        return new ServiceView(s.getId(), s.getRegion().getId(), s.getKind(),
                new ServiceNames(s.getName().getKk(), s.getName().getRu(), s.getName().getEn()));
    }
}
