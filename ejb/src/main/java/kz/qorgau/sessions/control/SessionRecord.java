package kz.qorgau.sessions.control;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.UniqueElements;

import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.RiskIndicator;
import kz.qorgau.platform.PlausibleDate;
import kz.qorgau.sessions.entity.SessionKind;

/** What a psychologist writes down about a session. */
public record SessionRecord(
        @NotNull(message = "{session.date.required}") @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate date,
        @NotNull(message = "{session.kind.required}") SessionKind kind,
        @Min(value = 1, message = "{session.duration.range}") @Max(value = 480, message = "{session.duration.range}") Integer durationMinutes,
        @NotNull(message = "{session.risk-level.required}") Level riskLevel,
        @UniqueElements(message = "{field.duplicate-items}") List<RiskIndicator> indicators,
        @Size(max = 20000, message = "{field.too-long}") String confidentialNote,
        @PlausibleDate LocalDate followUpDate) {

    public SessionRecord {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
