package kz.qorgau.surveys.control;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import kz.qorgau.platform.PlausibleDate;

/** A campaign of an instrument over a period at the schools given by id, each named once. */
public record NewCampaign(
        @NotNull(message = "{survey.campaign.instrument.required}") Long instrumentId,
        @NotNull(message = "{survey.campaign.starts-on.required}") @PlausibleDate LocalDate startsOn,
        @NotNull(message = "{survey.campaign.ends-on.required}") @PlausibleDate LocalDate endsOn,
        @NotEmpty(message = "{survey.campaign.no-schools}") List<@NotNull Long> schoolIds) {
}
