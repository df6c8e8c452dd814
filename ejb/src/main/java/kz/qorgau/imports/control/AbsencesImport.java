package kz.qorgau.imports.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import kz.qorgau.security.Caller;
import kz.qorgau.signals.control.Signals;

/**
 * Imports an absences file (docs/PRODUCT.md sections 2 and 7): the unexcused days of each student per period, every row
 * validated in one streaming pass and reported, nothing applied unless the mode allows it, all in one transaction,
 * and the same file twice adds nothing.
 */
@Stateless
@RolesAllowed({SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, COORDINATOR, ADMIN})
public class AbsencesImport {

    @Inject
    Clock clock;

    /** A re-import of the same student and period replaces the number of days. */
    private static final String UPSERT = """
            insert into absence (student_id, period_start, period_end, unexcused_days, imported_by, imported_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (student_id, period_start, period_end)
            do update set unexcused_days = excluded.unexcused_days, imported_by = excluded.imported_by,
                          imported_at = excluded.imported_at""";

    @EJB
    StudentIndex students;

    @EJB
    RowStore rows;

    @EJB
    AppliedFiles files;

    @EJB
    Signals signals;

    public ImportReport importFile(IncomingFile file, ImportMode mode, Locale locale, Caller caller) {
        try (Upload upload = file.receive()) {
            return importUpload(upload, mode, locale, caller);
        }
    }

    private ImportReport importUpload(Upload upload, ImportMode mode, Locale locale, Caller caller) {
        Timestamp now = Timestamp.from(Instant.now());
        return files.importFile(ImportKind.ABSENCES, null, upload, mode, locale, caller, AbsenceColumn.HEADERS,
                () -> new AbsenceRowCheck(LocalDate.now(clock),
                        students.idsByIin(caller, null))::check,
                AbsenceRow.class,
                // Unexcused days are a signal about their student (rules EW-07 and EW-09): the rules weigh them once
                // per student of the accepted rows, in this transaction, after the upsert.
                accepted -> {
                    rows.upsert(UPSERT, accepted, (insert, row) -> {
                        insert.setLong(1, row.studentId());
                        insert.setDate(2, Date.valueOf(row.periodStart()));
                        insert.setDate(3, Date.valueOf(row.periodEnd()));
                        insert.setInt(4, row.unexcusedDays());
                        insert.setString(5, caller.username());
                        insert.setTimestamp(6, now);
                    });
                    signals.announce(accepted.stream().map(AbsenceRow::studentId).distinct().toList());
                });
    }
}
