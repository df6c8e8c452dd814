package kz.qorgau.safety.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.safety.control.ChecklistEntry;
import kz.qorgau.safety.control.InspectionView;
import kz.qorgau.safety.control.Inspections;
import kz.qorgau.safety.control.NewFinding;
import kz.qorgau.safety.control.NewInspection;
import kz.qorgau.safety.control.SafetyProfiles;
import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;
import kz.qorgau.security.Caller;
import kz.qorgau.security.boundary.CallerProducer;

/**
 * The inspector's visit on the safety page: one line per item of the school's checklist, each with what the
 * profile leads to expect, the finding (left unchosen, so that nothing is passed as OK unseen), remarks and, for a
 * defect, the deadline of its prescription; a shortcut sets every finding as the profile leads to expect. A defect on
 * an item whose prescription is still open stands on that one; an item found in order while its prescription is
 * overdue asks whether it was remedied. What a line lacks the service says, and the page says it next to that line.
 * Only inspectors and administrators see it; the service decides whether this inspector answers for this school.
 */
@Named
@ViewScoped
public class InspectionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FINDING_FIELD = Pattern.compile("findings\\[(\\d+)]\\.(\\w+)");

    @EJB
    SafetyProfiles profiles;

    @EJB
    Inspections inspections;

    @Inject
    SafetyPage page;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private Long loadedFor;
    private List<Line> lines = List.of();
    private LocalDate visitedOn;
    private String remarks;
    private Integer cctvCameras;
    private Integer cctvWorking;

    public boolean isMayInspect() {
        Caller caller = callers.caller();
        return page.getSchool() != null && (caller.hasRole(Caller.INSPECTOR) || caller.hasRole(Caller.ADMIN));
    }

    /** The lines, read from the checklist once per school and view, so that a submitted form keeps its choices. */
    public List<Line> getLines() {
        if (isMayInspect() && !page.getSchoolId().equals(loadedFor)) {
            start();
        }
        return lines;
    }

    private void start() {
        loadedFor = page.getSchoolId();
        visitedOn = LocalDate.now(Kazakhstan.TIME_ZONE);
        remarks = null;
        cctvCameras = null;
        cctvWorking = null;
        try {
            lines = new ArrayList<>(profiles.checklist(loadedFor, callers.caller()).stream()
                    .map(e -> new Line(e.item(), e.asRecorded(), e.openPrescription())).toList());
        } catch (QorgauException e) {
            lines = List.of();
            PageMessages.refused(e, language.getLocale());
        }
    }

    /** Every finding as the profile leads to expect: the inspector then changes only what differs. */
    public void allAsProfile() {
        lines.forEach(l -> l.setFinding(l.getExpected()));
    }

    public String record() {
        InspectionView[] recorded = new InspectionView[1];
        NewInspection request = new NewInspection(visitedOn, remarks,
                lines.stream().map(Line::toFinding).toList(), cctvCameras, cctvWorking);
        if (FormSubmission.attempt(() -> recorded[0] = inspections.record(page.getSchoolId(), request, callers.caller()),
                "inspection", InspectionPage::inputOf, language.getLocale())) {
            PageMessages.info(Messages.format(language.getLocale(), language.text("safety.inspection.recorded"),
                    recorded[0].prescriptions().size(), recorded[0].linkedPrescriptions().size(),
                    recorded[0].linkedPrescriptions().stream().map(p -> "№ " + p.id())
                            .collect(Collectors.joining(", "))));
            return AfterSave.sameAddress();
        }
        return null;
    }

    /**
     * The input of a line a finding's field is typed in: the lines are sent in their order, so that the service's
     * {@code findings[3].remarks} is the fourth line's remarks.
     */
    static String inputOf(String field) {
        Matcher finding = FINDING_FIELD.matcher(field);
        if (!finding.matches()) {
            return null;
        }
        String input = switch (finding.group(2)) {
            case "remarks" -> "remarks";
            case "prescriptionRemedied" -> "remedied";
            default -> null;
        };
        return input == null ? null : "lines:" + finding.group(1) + ":" + input;
    }

    public Finding[] getFindings() {
        return Finding.values();
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public Integer getCctvCameras() {
        return cctvCameras;
    }

    public void setCctvCameras(Integer cctvCameras) {
        this.cctvCameras = cctvCameras;
    }

    public Integer getCctvWorking() {
        return cctvWorking;
    }

    public void setCctvWorking(Integer cctvWorking) {
        this.cctvWorking = cctvWorking;
    }

    /** One checklist item as the inspector records it, with the prescription still open on it (null when none). */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ChecklistItem item;
        private final Finding expected;
        private final ChecklistEntry.OpenPrescription open;
        private Finding finding;
        private String remarks;
        private LocalDate deadline;
        private Boolean remedied;

        Line(ChecklistItem item, Finding expected, ChecklistEntry.OpenPrescription open) {
            this.item = item;
            this.expected = expected;
            this.open = open;
        }

        NewFinding toFinding() {
            return new NewFinding(item.name(), finding == null ? null : finding.name(), remarks, deadline,
                    isAskRemedied() ? remedied : null);
        }

        /** The item's prescription is overdue: found in order, the inspector says whether it was remedied. */
        public boolean isOverdue() {
            return open != null && open.overdue();
        }

        /** Found in order while its prescription is overdue: was it remedied, or is the finding mistaken? */
        public boolean isAskRemedied() {
            return finding == Finding.OK && isOverdue();
        }

        public ChecklistItem getItem() {
            return item;
        }

        public Finding getExpected() {
            return expected;
        }

        public ChecklistEntry.OpenPrescription getOpen() {
            return open;
        }

        public Finding getFinding() {
            return finding;
        }

        public void setFinding(Finding finding) {
            this.finding = finding;
        }

        public String getRemarks() {
            return remarks;
        }

        public void setRemarks(String remarks) {
            this.remarks = remarks;
        }

        public LocalDate getDeadline() {
            return deadline;
        }

        public void setDeadline(LocalDate deadline) {
            this.deadline = deadline;
        }

        public Boolean getRemedied() {
            return remedied;
        }

        public void setRemedied(Boolean remedied) {
            this.remedied = remedied;
        }
    }
}
