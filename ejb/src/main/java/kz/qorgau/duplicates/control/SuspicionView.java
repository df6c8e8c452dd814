package kz.qorgau.duplicates.control;

import java.time.Instant;
import java.util.Locale;

import kz.qorgau.duplicates.entity.DuplicateSuspicion;
import kz.qorgau.duplicates.entity.SuspicionStatus;

/** A pair of look-alike files as the coordinator's list shows it. */
public record SuspicionView(long id, FileSummary first, FileSummary second, Instant foundAt, String foundBy,
                            SuspicionStatus status) {

    static SuspicionView of(DuplicateSuspicion s, Locale locale) {
        return new SuspicionView(s.getId(), FileSummary.of(s.getFirstStudent(), locale),
                FileSummary.of(s.getSecondStudent(), locale), s.getFoundAt(), s.getFoundBy(), s.getStatus());
    }
}
