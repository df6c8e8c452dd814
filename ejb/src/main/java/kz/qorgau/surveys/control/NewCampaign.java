package kz.qorgau.surveys.control;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** A campaign of an instrument over a period at the schools given by id. */
public record NewCampaign(
        @NotNull(message = "{survey.campaign.instrument.required}") Long instrumentId,
        @NotNull(message = "{survey.campaign.starts-on.required}") LocalDate startsOn,
        @NotNull(message = "{survey.campaign.ends-on.required}") LocalDate endsOn,
        @NotEmpty(message = "{survey.campaign.no-schools}") Set<@NotNull Long> schoolIds) {
}
