package kz.qorgau.imports.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import kz.qorgau.imports.control.AbsencesImport;
import kz.qorgau.imports.control.ImportKind;
import kz.qorgau.imports.control.ImportMode;
import kz.qorgau.imports.control.ImportReport;
import kz.qorgau.imports.control.IncomingFile;
import kz.qorgau.imports.control.PoliceRegistrationsImport;
import kz.qorgau.imports.control.RosterImport;
import kz.qorgau.imports.control.SurveyResultsImport;
import kz.qorgau.imports.control.UploadFormat;
import kz.qorgau.platform.UnsupportedFormat;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.security.Caller;

/**
 * An import on the admin page: the administrator picks the kind of file and the mode, uploads the file, and reads
 * the report (rows read, accepted, rejected, and each rejected row with its reason in the page's language). The
 * same import services as the API's, with the same checks, limits and messages; an import runs within the one
 * request, so the report is its progress.
 */
@Named
@RequestScoped
public class ImportsPage {

    @EJB
    SurveyResultsImport surveyResults;

    @EJB
    AbsencesImport absences;

    @EJB
    RosterImport roster;

    @EJB
    PoliceRegistrationsImport policeRegistrations;

    @Inject
    Caller caller;

    @Inject
    LanguageChoice language;

    private ImportKind kind = ImportKind.ROSTER;
    private ImportMode mode = ImportMode.ALL_OR_NOTHING;
    private Long campaignId;
    private Part file;
    private ImportReport report;

    public void importFile() {
        Locale locale = language.getLocale();
        FormSubmission.attempt(() -> {
            try (InputStream body = file.getInputStream()) {
                IncomingFile incoming = new IncomingFile(body, file.getSubmittedFileName(), formatOf(file),
                        file.getSize());
                report = switch (kind) {
                    case SURVEY_RESULTS -> surveyResults.importFile(campaignId, incoming, mode, locale, caller);
                    case ABSENCES -> absences.importFile(incoming, mode, locale, caller);
                    case ROSTER -> roster.importFile(incoming, mode, locale, caller);
                    case POLICE_REGISTRATIONS -> policeRegistrations.importFile(incoming, mode, locale, caller);
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "import", locale);
    }

    /**
     * By the file's name first: browsers on Windows send a CSV file as {@code application/vnd.ms-excel}, which the
     * type alone would refuse.
     */
    private static UploadFormat formatOf(Part file) {
        String name = Optional.ofNullable(file.getSubmittedFileName()).orElse("").toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return UploadFormat.CSV;
        }
        if (name.endsWith(".xlsx")) {
            return UploadFormat.XLSX;
        }
        return UploadFormat.ofContentType(file.getContentType())
                .orElseThrow(() -> new UnsupportedFormat("import.file.content-type"));
    }

    public ImportReport getReport() {
        return report;
    }

    public ImportKind[] getKinds() {
        return ImportKind.values();
    }

    public ImportMode[] getModes() {
        return ImportMode.values();
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
