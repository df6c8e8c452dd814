package kz.qorgau.hotline.control;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.hotline.entity.CallerKind;
import kz.qorgau.hotline.entity.Channel;
import kz.qorgau.hotline.entity.Urgency;
import kz.qorgau.platform.PlausibleDate;

/**
 * What the operator writes down while the caller speaks. Nothing about the caller but what kind of person they
 * are: the line is anonymous. The time defaults to now; the region to the operator's own when neither school nor
 * student is known.
 */
public record NewReport(
        @PastOrPresent(message = "{hotline.received-at.in-future}") @PlausibleDate Instant receivedAt,
        @NotNull(message = "{hotline.channel.required}") Channel channel,
        @NotNull(message = "{hotline.caller-kind.required}") CallerKind callerKind,
        @NotBlank(message = "{hotline.summary.required}") @Size(max = 4000, message = "{field.too-long}") String summary,
        @NotNull(message = "{hotline.concern.required}") IncidentType concern,
        @NotNull(message = "{hotline.urgency.required}") Urgency urgency,
        Long regionId,
        Long schoolId,
        Long studentId) {
}
