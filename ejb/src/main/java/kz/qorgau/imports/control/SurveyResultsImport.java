package kz.qorgau.imports.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.earlywarning.control.StudentEvaluation;
import kz.qorgau.imports.entity.SurveyImport;
import kz.qorgau.platform.Messages;
import kz.qorgau.security.Caller;
import kz.qorgau.security.JurisdictionQuery;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.surveys.control.SurveyOptOuts;
import kz.qorgau.surveys.control.SurveyService;
import kz.qorgau.surveys.entity.SurveyCampaign;

/**
 * Imports a survey-results file into a campaign (DESIGN.md section 7): every row validated in one streaming pass,
 * each rejected row reported with its reason, nothing applied unless the mode allows it, all in one transaction,
 * and the same file twice adds nothing.
 */
@Stateless
public class SurveyResultsImport {

    static final int LISTED_REJECTIONS = 1000;
    static final String RECORD_TYPE = "survey-import";

    @PersistenceContext
    EntityManager em;

    @EJB
    SurveyService surveys;

    @EJB
    SurveyOptOuts optOuts;

    @EJB
    SurveyResultStore results;

    @EJB
    AuditTrail audit;

    public ImportReport importFile(long campaignId, Upload upload, ImportMode mode, Locale locale, Caller caller) {
        SurveyCampaign campaign = surveys.requireVisible(campaignId, caller);
        Optional<SurveyImport> earlier = earlierImport(campaignId, upload.sha256());
        if (earlier.isPresent()) {
            SurveyImport done = earlier.get();
            String note = Messages.text(locale, "import.note.already-imported",
                    done.getImportedAt().atZone(StudentEvaluation.KAZAKHSTAN).toLocalDate().toString(),
                    String.valueOf(done.getRowsApplied()));
            return new ImportReport(upload.fileName(), upload.sha256(), mode.parameter(), 0, 0, 0, false, 0, note,
                    List.of(), false);
        }
        RowCheck check = new RowCheck(campaign, LocalDate.now(StudentEvaluation.KAZAKHSTAN),
                studentsByIin(campaign, caller), optOuts.optedOutAt(campaign.getSchoolIds()));
        Tally tally = new Tally();
        upload.format().rows().read(upload.file(), row -> tally.add(check.check(row)));

        boolean apply = !tally.accepted.isEmpty() && (mode == ImportMode.VALID_ROWS || tally.rejected == 0);
        if (apply) {
            // Every accepted row is a new signal about its student. Once the survey rule EW-03 exists, the rules
            // are evaluated here once per student of tally.accepted (not once per row), in this transaction, and
            // only for students not opted out: RowCheck has already rejected the rows of opted-out students.
            results.upsert(campaignId, tally.accepted);
            SurveyImport applied = new SurveyImport(campaignId, upload.fileName(), upload.sha256(),
                    tally.accepted.size(), caller.username());
            em.persist(applied);
            em.flush();
            audit.recordImport(caller, RECORD_TYPE, applied.getId(), tally.accepted.size());
        }
        return new ImportReport(upload.fileName(), upload.sha256(), mode.parameter(), tally.read,
                tally.accepted.size(), tally.rejected, apply, apply ? tally.accepted.size() : 0,
                note(tally, apply, locale), tally.listed(locale), tally.rejected > LISTED_REJECTIONS);
    }

    private Optional<SurveyImport> earlierImport(long campaignId, String sha256) {
        return em.createQuery("""
                        select i from SurveyImport i
                        where i.campaignId = :campaign and i.sha256 = :sha256""", SurveyImport.class)
                .setParameter("campaign", campaignId)
                .setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    /**
     * The students of the campaign's schools that lie within the caller's jurisdiction, by IIN, in one query: a
     * row about any other child is rejected as unknown, as a file outside the jurisdiction would be not found.
     */
    private Map<String, Long> studentsByIin(SurveyCampaign campaign, Caller caller) {
        Map<String, Long> students = new HashMap<>();
        JurisdictionQuery.bind(em.createQuery("""
                        select s.iin, s.id from Student s join s.school sc join sc.district d
                        where sc.id in :campaignSchools and %s""".formatted(JurisdictionQuery.SCHOOL_WITHIN),
                        Object[].class), caller.jurisdiction())
                .setParameter("campaignSchools", campaign.getSchoolIds())
                .getResultStream()
                .forEach(r -> students.put(((Iin) r[0]).digits(), (Long) r[1]));
        return students;
    }

    private static String note(Tally tally, boolean applied, Locale locale) {
        if (applied && tally.rejected > 0) {
            return Messages.text(locale, "import.note.applied-valid-rows", tally.accepted.size(), tally.rejected);
        }
        if (applied) {
            return Messages.text(locale, "import.note.applied", tally.accepted.size());
        }
        if (tally.accepted.isEmpty()) {
            return Messages.text(locale, "import.note.nothing-valid");
        }
        return Messages.text(locale, "import.note.not-applied", tally.rejected);
    }

    /** The accepted rows, and the first rejections: all that a pass over the file keeps in memory. */
    private static final class Tally {

        private final List<ResultRow> accepted = new ArrayList<>();
        private final List<Rejection> rejections = new ArrayList<>();
        private int read;
        private int rejected;

        void add(RowOutcome outcome) {
            read++;
            if (outcome instanceof ResultRow row) {
                accepted.add(row);
            } else if (outcome instanceof Rejection rejection) {
                rejected++;
                if (rejections.size() < LISTED_REJECTIONS) {
                    rejections.add(rejection);
                }
            }
        }

        List<ImportReport.RejectedRow> listed(Locale locale) {
            return rejections.stream()
                    .map(r -> new ImportReport.RejectedRow(r.row(), r.column().header(), r.value(),
                            Messages.text(locale, r.reasonKey(), r.arguments().toArray())))
                    .toList();
        }
    }
}
