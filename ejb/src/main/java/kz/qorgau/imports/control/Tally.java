package kz.qorgau.imports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.qorgau.platform.Messages;

/**
 * One pass over a file: the accepted rows, and the first rejections, all that an import keeps in memory, and the
 * report it makes of them.
 */
final class Tally<T extends RowOutcome> {

    static final int LISTED_REJECTIONS = 1000;

    private final Class<T> accepts;
    private final List<T> accepted = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private int read;
    private int rejected;

    Tally(Class<T> accepts) {
        this.accepts = accepts;
    }

    void add(RowOutcome outcome) {
        read++;
        if (outcome instanceof Rejection rejection) {
            rejected++;
            if (rejections.size() < LISTED_REJECTIONS) {
                rejections.add(rejection);
            }
        } else {
            accepted.add(accepts.cast(outcome));
        }
    }

    List<T> accepted() {
        return accepted;
    }

    /** Whether the mode lets the file be applied: something valid, and no rejection unless valid rows suffice. */
    boolean applies(ImportMode mode) {
        return !accepted.isEmpty() && (mode == ImportMode.VALID_ROWS || rejected == 0);
    }

    ImportReport report(Upload upload, ImportMode mode, boolean applied, Locale locale) {
        return new ImportReport(upload.fileName(), upload.sha256(), mode.parameter(), read, accepted.size(), rejected,
                applied, applied ? accepted.size() : 0, note(applied, locale), listed(locale),
                rejected > LISTED_REJECTIONS);
    }

    private String note(boolean applied, Locale locale) {
        if (applied && rejected > 0) {
            return Messages.text(locale, "import.note.applied-valid-rows", accepted.size(), rejected);
        }
        if (applied) {
            return Messages.text(locale, "import.note.applied", accepted.size());
        }
        if (accepted.isEmpty()) {
            return Messages.text(locale, "import.note.nothing-valid");
        }
        return Messages.text(locale, "import.note.not-applied", rejected);
    }

    private List<ImportReport.RejectedRow> listed(Locale locale) {
        return rejections.stream()
                .map(r -> new ImportReport.RejectedRow(r.row(), r.column().header(), r.value(),
                        Messages.text(locale, r.reasonKey(), r.arguments().toArray()))).toList();
    }
}
