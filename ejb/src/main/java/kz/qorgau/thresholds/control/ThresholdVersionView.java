package kz.qorgau.thresholds.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

import kz.qorgau.thresholds.entity.ThresholdStatus;
import kz.qorgau.thresholds.entity.ThresholdVersion;

/** A threshold version with every value it holds, those it leaves to the catalogue included. */
public record ThresholdVersionView(int number, ThresholdStatus status, String note, String createdBy,
                                   Instant createdAt, String activatedBy, Instant activatedAt,
                                   Map<String, Object> values) implements Serializable {

    static ThresholdVersionView of(ThresholdVersion v) {
        return new ThresholdVersionView(v.getNumber(), v.getStatus(), v.getNote(), v.getCreatedBy(), v.getCreatedAt(),
                v.getActivatedBy(), v.getActivatedAt(), ThresholdSettings.values(ThresholdSettings.read(v.getSettings())));
    }
}
