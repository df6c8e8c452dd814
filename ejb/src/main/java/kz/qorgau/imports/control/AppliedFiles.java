package kz.qorgau.imports.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.imports.entity.ImportedFile;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.Messages;
import kz.qorgau.security.Caller;

/**
 * The course every kind of import takes (docs/PRODUCT.md section 7): a file already applied adds nothing; otherwise
 * every row is checked in one streaming pass and reported, the accepted rows are applied only when the mode allows it,
 * in the caller's transaction, and the applied file is remembered and audited. Internal ({@code @PermitAll}): called
 * only by the imports, which declare who may.
 */
@Stateless
@PermitAll
public class AppliedFiles {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    /**
     * @param columns the names the header row must use, in the order the rows hand their values on
     * @param checks  makes the row check, once the file is known to be new (it may load what it checks against)
     * @param accepts the accepted rows' type
     * @param apply   writes the accepted rows
     */
    public <T extends RowOutcome> ImportReport importFile(ImportKind kind, Long scopeId, Upload upload,
                                                          ImportMode mode, Locale locale, Caller caller,
                                                          List<String> columns,
                                                          Supplier<Function<SheetRow, RowOutcome>> checks,
                                                          Class<T> accepts, Consumer<List<T>> apply) {
        Optional<ImportReport> earlier = alreadyApplied(kind, scopeId, upload, mode, locale);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Function<SheetRow, RowOutcome> check = checks.get();
        Tally<T> tally = new Tally<>(accepts);
        upload.format().rows(columns).read(upload.file(), row -> tally.add(check.apply(row)));
        boolean applies = tally.applies(mode);
        if (applies) {
            apply.accept(tally.accepted());
            remember(kind, scopeId, upload, tally.accepted().size(), caller);
        }
        return tally.report(upload, mode, applies, locale);
    }

    /** The report for a file already applied to the same scope: nothing read, and when it was imported. */
    private Optional<ImportReport> alreadyApplied(ImportKind kind, Long scopeId, Upload upload, ImportMode mode,
                                                  Locale locale) {
        TypedQuery<ImportedFile> query = em.createQuery("""
                        select i from ImportedFile i
                        where i.kind = :kind and i.sha256 = :sha256 and %s"""
                        .formatted(scopeId == null ? "i.scopeId is null" : "i.scopeId = :scope"), ImportedFile.class)
                .setParameter("kind", kind.code())
                .setParameter("sha256", upload.sha256());
        if (scopeId != null) {
            query.setParameter("scope", scopeId);
        }
        return query.getResultList().stream().findFirst()
                .map(done -> new ImportReport(upload.fileName(), upload.sha256(), mode.parameter(), 0, 0, 0, false, 0,
                        Messages.text(locale, "import.note.already-imported",
                                done.getImportedAt().atZone(Kazakhstan.TIME_ZONE).toLocalDate().toString(),
                                String.valueOf(done.getRowsApplied())), List.of(), false));
    }

    /** Remembers an applied file in the caller's transaction and audits it with the number of rows applied. */
    private void remember(ImportKind kind, Long scopeId, Upload upload, int rowsApplied, Caller caller) {
        ImportedFile applied = new ImportedFile(kind.code(), scopeId, upload.fileName(), upload.sha256(), rowsApplied,
                caller.username());
        em.persist(applied);
        em.flush();
        audit.recordImport(caller, kind.auditType(), applied.getId(), rowsApplied);
    }
}
