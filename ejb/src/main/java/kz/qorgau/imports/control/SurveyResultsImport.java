package kz.qorgau.imports.control;

import static kz.qorgau.security.Caller.ADMIN;
import static kz.qorgau.security.Caller.COORDINATOR;
import static kz.qorgau.security.Caller.PSYCHOLOGIST;
import static kz.qorgau.security.Caller.SCHOOL_ADMIN;

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

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.security.Caller;
import kz.qorgau.signals.control.Signals;
import kz.qorgau.surveys.control.SurveyOptOuts;
import kz.qorgau.surveys.control.SurveyService;
import kz.qorgau.surveys.entity.SurveyCampaign;

/**
 * Imports a survey-results file into a campaign (docs/PRODUCT.md section 7): every row validated in one streaming pass,
 * each rejected row reported with its reason, nothing applied unless the mode allows it, all in one transaction,
 * and the same file twice adds nothing.
 */
@Stateless
@RolesAllowed({PSYCHOLOGIST, SCHOOL_ADMIN, COORDINATOR, ADMIN})
public class SurveyResultsImport {

    @Inject
    Clock clock;

    /** A result already on file for the same campaign, student and scale is replaced. */
    private static final String UPSERT = """
            insert into survey_result (campaign_id, student_id, scale_code, score, taken_on, imported_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (campaign_id, student_id, scale_code)
            do update set score = excluded.score, taken_on = excluded.taken_on, imported_at = excluded.imported_at""";

    @EJB
    SurveyService surveys;

    @EJB
    SurveyOptOuts optOuts;

    @EJB
    StudentIndex students;

    @EJB
    RowStore rows;

    @EJB
    AppliedFiles files;

    @EJB
    Signals signals;

    public ImportReport importFile(Long campaignId, IncomingFile file, ImportMode mode, Locale locale, Caller caller) {
        if (campaignId == null) {
            throw new InvalidInput("import.campaign.required");
        }
        try (Upload upload = file.receive()) {
            return importUpload(campaignId, upload, mode, locale, caller);
        }
    }

    private ImportReport importUpload(long campaignId, Upload upload, ImportMode mode, Locale locale, Caller caller) {
        SurveyCampaign campaign = surveys.requireVisible(campaignId, caller);
        Timestamp now = Timestamp.from(Instant.now());
        return files.importFile(ImportKind.SURVEY_RESULTS, campaignId, upload, mode, locale, caller,
                SurveyColumn.HEADERS,
                () -> new RowCheck(campaign, LocalDate.now(clock),
                        students.idsByIin(caller, campaign.getSchoolIds()),
                        optOuts.optedOutAt(campaign.getSchoolIds()))::check,
                ResultRow.class,
                // Every accepted row is a new signal about its student: the rules weigh them once per student (not
                // once per row), in this transaction, so the cases are there when the import answers.
                accepted -> {
                    rows.upsert(UPSERT, accepted, (insert, row) -> {
                        insert.setLong(1, campaignId);
                        insert.setLong(2, row.studentId());
                        insert.setString(3, row.scale());
                        insert.setBigDecimal(4, row.score());
                        insert.setDate(5, Date.valueOf(row.takenOn()));
                        insert.setTimestamp(6, now);
                    });
                    signals.announce(accepted.stream().map(ResultRow::studentId).distinct().toList());
                });
    }
}
