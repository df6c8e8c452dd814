package kz.qorgau.surveys.control;

import java.time.LocalDate;
import java.util.List;

import kz.qorgau.surveys.entity.SurveyCampaign;

/** A campaign as the API shows it. */
public record CampaignView(long id, long instrumentId, String instrumentCode, LocalDate startsOn, LocalDate endsOn,
                           List<Long> schoolIds) {

    static CampaignView of(SurveyCampaign campaign) {
        return new CampaignView(campaign.getId(), campaign.getInstrument().getId(), campaign.getInstrument().getCode(),
                campaign.getStartsOn(), campaign.getEndsOn(), campaign.getSchoolIds().stream().sorted().toList());
    }
}
