package kz.qorgau.safety.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.earlywarning.control.StudentEvaluation;
import kz.qorgau.platform.QorgauException;
import kz.qorgau.platform.boundary.AfterSave;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.PageMessages;
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
 * defect, the deadline of its prescription. Only inspectors and administrators see it; the service decides
 * whether this inspector answers for this school.
 */
@Named
@ViewScoped
public class InspectionPage implements Serializable {

    private static final long serialVersionUID = 1L;

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
        visitedOn = LocalDate.now(StudentEvaluation.KAZAKHSTAN);
        remarks = null;
        cctvCameras = null;
        cctvWorking = null;
        try {
            lines = new ArrayList<>(profiles.checklist(loadedFor, callers.caller()).stream()
                    .map(e -> new Line(e.item(), e.asRecorded())).toList());
        } catch (QorgauException e) {
            lines = List.of();
            PageMessages.refused(e, language.getLocale());
        }
    }

    public String record() {
        InspectionView[] recorded = new InspectionView[1];
        NewInspection request = new NewInspection(visitedOn, remarks,
                lines.stream().map(Line::toFinding).toList(), cctvCameras, cctvWorking);
        if (FormSubmission.attempt(() -> recorded[0] = inspections.record(page.getSchoolId(), request, callers.caller()),
                "inspection", language.getLocale())) {
            PageMessages.info(language.text("safety.inspection.recorded")
                    .formatted(recorded[0].prescriptions().size()));
            return AfterSave.sameAddress();
        }
        return null;
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

    /** One checklist item as the inspector records it. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ChecklistItem item;
        private final Finding expected;
        private Finding finding;
        private String remarks;
        private LocalDate deadline;

        Line(ChecklistItem item, Finding expected) {
            this.item = item;
            this.expected = expected;
        }

        NewFinding toFinding() {
            return new NewFinding(item.name(), finding == null ? null : finding.name(), remarks, deadline);
        }

        public ChecklistItem getItem() {
            return item;
        }

        public Finding getExpected() {
            return expected;
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
    }
}
