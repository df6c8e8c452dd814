package kz.qorgau.safety.control;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;

/**
 * A visit as the inspector records it: the day (today when left out), a finding for every item of the school's
 * checklist, general remarks, and the cameras counted, when they were.
 */
public record NewInspection(
        @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate visitedOn,
        @Size(max = 2000, message = "{field.too-long}") String remarks,
        @NotEmpty(message = "{safety.inspection.findings-required}")
        List<@NotNull(message = "{safety.inspection.findings-required}") @Valid NewFinding> findings,
        @Min(value = 0, message = "{safety.cctv.count}") Integer cctvCameras,
        @Min(value = 0, message = "{safety.cctv.count}") Integer cctvWorking) {
}
