package kz.qorgau.reports.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.INSPECTOR;
import static kz.qorgau.security.Caller.OMBUDSMAN;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;
import static kz.qorgau.security.Caller.SOCIAL_PEDAGOGUE;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.cases.entity.CaseStatus;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.NotPermitted;
import kz.qorgau.platform.control.CustomPlans;
import kz.qorgau.platform.control.StatementTimeout;
import kz.qorgau.reports.entity.ReportKind;
import kz.qorgau.safety.control.SafetyStatistics;
import kz.qorgau.security.Caller;

/**
 * The workbooks of docs/PRODUCT.md section 6: who may have which, what a request covers, and writing one. Plain JDBC
 * with a cursor, outside any transaction, so that a million rows pass through without being held. Writing a checked
 * request is {@code @PermitAll}: a background run writes it, in a thread of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reports {

    /** docs/PRODUCT.md section 5: statistics go to those who judge the work, not to those who do it. */
    static final Set<String> STATISTICS_ROLES = Set.of(OMBUDSMAN, COORDINATOR, ADMIN);
    /** The case list holds children's names: only for the roles that read cases. */
    static final Set<String> CASE_LIST_ROLES = Set.of(PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR,
            COORDINATOR, OMBUDSMAN, ADMIN);

    private Map<ReportKind, Report> catalogue;

    @Resource(lookup = "java:jboss/datasources/QorgauDS")
    DataSource database;

    /** The thread a long list is read ahead on (see ReadAhead). */
    @Resource
    ManagedThreadFactory threads;

    @EJB
    ReportScopes scopes;

    @EJB
    AuditTrail audit;

    @EJB
    SafetyStatistics safety;

    @Inject
    Clock clock;

    /** Above this many rows a report is written in the background and downloaded when ready. */
    @Inject
    @ConfigProperty(name = "qorgau.report-async-rows", defaultValue = "50000")
    long backgroundAbove;

    @PostConstruct
    void buildCatalogue() {
        catalogue = Stream.<Report>of(new RegionalSummaryReport(), new JuvenileOffensesReport(), new RegistersReport(),
                        new StaffCoverageReport(), new RuleQualityReport(), new SchoolSafetyReport(safety),
                        new CaseListReport(threads))
                .collect(Collectors.toMap(Report::kind, Function.identity()));
    }

    /** The reports this reader may ask for, in catalogue order. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public List<ReportKind> available(Caller caller) {
        return Arrays.stream(ReportKind.values()).filter(k -> catalogue.containsKey(k)).filter(k -> allowed(k, caller))
                .toList();
    }

    /**
     * A request checked against the reader's roles and jurisdiction.
     *
     * @throws NotPermitted when the reader's role may not have this report, or the scope lies outside their own
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public ReportRequest request(ReportKind kind, Period period, Long regionId, Long districtId, Long schoolId,
                                 Level level, CaseStatus status, Caller caller, Locale locale) {
        if (!catalogue.containsKey(kind) || !allowed(kind, caller)) {
            throw new NotPermitted("report.role", kind.slug());
        }
        period.requirePlausible();
        period.requirePast(LocalDate.now(clock));
        ReportScope scope = scopes.resolve(regionId, districtId, schoolId, caller, locale);
        return new ReportRequest(kind, period, scope, locale, level, status, caller, clock.instant(), false);
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public long expectedRows(ReportRequest request) {
        try (Connection connection = database.getConnection();
             CustomPlans planned = CustomPlans.on(connection)) {
            return catalogue.get(request.kind()).expectedRows(connection, request);
        } catch (SQLException e) {
            throw new IllegalStateException("rows of " + request.kind().slug() + " could not be counted", e);
        }
    }

    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public boolean inBackground(long expectedRows) {
        return expectedRows > backgroundAbove;
    }

    /** Writes the workbook to a reader waiting for it; the export is audited with its row count. */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public long export(ReportRequest request, OutputStream out) throws IOException {
        return export(request, null, out);
    }

    /**
     * Checks a password before the workbook starts streaming, when a refusal can still be a 400.
     *
     * @throws InvalidInput when the password is too short to protect anything
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public void requireStrong(String password) {
        Encrypted.requireStrong(password);
    }

    /**
     * Writes the workbook encrypted with the reader's password (agile encryption, which Excel and LibreOffice
     * open) when one is given. The audit records which variant left: {@code cases}, {@code cases-initials},
     * {@code cases-encrypted} or {@code cases-initials-encrypted}.
     *
     * @throws InvalidInput when the password is too short to protect anything
     */
    @RolesAllowed({PSYCHOLOGIST, SOCIAL_PEDAGOGUE, SCHOOL_ADMIN, INSPECTOR, COORDINATOR, OMBUDSMAN, ADMIN})
    public long export(ReportRequest request, String password, OutputStream out) throws IOException {
        long rows;
        if (password == null) {
            rows = write(request, out, null);
        } else {
            Encrypted.requireStrong(password);
            rows = Encrypted.write(password, out, plain -> write(request, plain, null));
        }
        String variant = request.kind().slug() + (request.initials() ? "-initials" : "")
                + (password == null ? "" : "-encrypted");
        audit.recordExport(request.caller(), variant, null, rows);
        return rows;
    }

    /** Writes the workbook, telling {@code progress} every so many rows. */
    @PermitAll
    public long write(ReportRequest request, OutputStream out, LongConsumer progress) throws IOException {
        try (Connection connection = database.getConnection();
             CustomPlans planned = CustomPlans.on(connection);
             ReportBook book = new ReportBook(request.locale(), Kazakhstan.TIME_ZONE,
                     request.kind().statistical(), progress)) {
            if (progress == null) {
                catalogue.get(request.kind()).write(connection, request, book);
            } else {
                // A run in the background (ReportRuns) takes as long as the report does; a reader waiting does not.
                try (StatementTimeout lifted = StatementTimeout.lifted(connection)) {
                    catalogue.get(request.kind()).write(connection, request, book);
                }
            }
            book.write(out);
            return book.rows();
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("report " + request.kind().slug() + " failed", e));
        }
    }

    private static boolean allowed(ReportKind kind, Caller caller) {
        Set<String> roles = kind.statistical() ? STATISTICS_ROLES : CASE_LIST_ROLES;
        return roles.stream().anyMatch(caller::hasRole);
    }
}
