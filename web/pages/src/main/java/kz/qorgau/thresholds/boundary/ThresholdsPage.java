package kz.qorgau.thresholds.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import kz.qorgau.platform.InvalidFields;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.boundary.FormSubmission;
import kz.qorgau.platform.boundary.LanguageChoice;
import kz.qorgau.platform.boundary.PageMessages;
import kz.qorgau.schools.control.RegionView;
import kz.qorgau.schools.control.Schools;
import kz.qorgau.security.boundary.CallerProducer;
import kz.qorgau.thresholds.control.ThresholdValues;
import kz.qorgau.thresholds.control.ThresholdVersionView;
import kz.qorgau.thresholds.control.ThresholdVersions;
import kz.qorgau.thresholds.entity.ThresholdStatus;
import kz.qorgau.whatif.control.WhatIfRequest;
import kz.qorgau.whatif.control.WhatIfRunView;
import kz.qorgau.whatif.control.WhatIfRuns;

/**
 * The rule thresholds on the admin page: the version in force, a new draft proposed by editing its values (each
 * field the service refuses is named beside it), a what-if run of a draft on a region watched until it ends, and
 * the draft's activation once its effect is known.
 */
@Named
@ViewScoped
public class ThresholdsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DRAFTS_SHOWN = 20;
    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED");

    @EJB
    ThresholdVersions versions;

    @EJB
    WhatIfRuns whatIf;

    @EJB
    Schools schools;

    @Inject
    CallerProducer callers;

    @Inject
    LanguageChoice language;

    private ThresholdVersionView active;
    private List<ThresholdVersionView> drafts = List.of();
    private List<RegionView> regions = List.of();
    private final HashMap<String, String> edits = new HashMap<>();
    private final HashMap<String, String> problems = new HashMap<>();
    private String note;
    private Integer draft;
    private Long regionId;
    private Integer months = 6;
    private WhatIfRunView run;

    @PostConstruct
    void load() {
        active = versions.active();
        drafts = versions.list(0, DRAFTS_SHOWN).stream().filter(v -> v.status() == ThresholdStatus.DRAFT).toList();
        regions = schools.regions();
        edits.clear();
        active.values().forEach((field, value) -> edits.put(field, String.valueOf(value)));
        if (draft == null && !drafts.isEmpty()) {
            draft = drafts.get(0).number();
        }
    }

    /** Only the values the administrator changed are sent: the rest stay as in force. */
    public void propose() {
        Locale locale = language.getLocale();
        problems.clear();
        Map<String, String> changed = new HashMap<>();
        edits.forEach((field, edit) -> {
            String typed = edit == null ? "" : edit.strip().replace(',', '.');
            if (!typed.equals(String.valueOf(active.values().get(field)))) {
                changed.put(field, typed);
            }
        });
        ThresholdVersionView[] proposed = new ThresholdVersionView[1];
        if (FormSubmission.attempt(() -> {
            try {
                proposed[0] = versions.propose(note, ThresholdValues.typed(changed), callers.caller());
            } catch (InvalidFields e) {
                e.problems().forEach(p -> problems.put(p.field(), Messages.text(locale, p.messageKey(), p.arguments())));
                throw e;
            }
        }, "thresholds", locale)) {
            PageMessages.info(language.text("admin.thresholds.drafted").formatted(proposed[0].number()));
            note = null;
            draft = proposed[0].number();
            load();
        }
    }

    public void startWhatIf() {
        if (FormSubmission.attempt(() -> run = whatIf.start(draft == null ? 0 : draft,
                new WhatIfRequest(regionId, months), callers.caller()), "whatif", language.getLocale())) {
            PageMessages.info(language.text("admin.whatif.started"));
        }
    }

    /** The poll's call while a run goes on. */
    public void refresh() {
        if (run != null) {
            FormSubmission.attempt(() -> run = whatIf.read(run.id(), callers.caller()), "whatif", language.getLocale());
        }
    }

    public void activate() {
        if (FormSubmission.attempt(() -> versions.activate(draft == null ? 0 : draft, callers.caller()),
                "whatif", language.getLocale())) {
            PageMessages.info(language.text("admin.thresholds.activated").formatted(draft));
            draft = null;
            run = null;
            load();
        }
    }

    public boolean isRunFinished() {
        return run == null || FINISHED.contains(run.status());
    }

    public List<String> getFields() {
        return new ArrayList<>(active.values().keySet());
    }

    public ThresholdVersionView getActive() {
        return active;
    }

    public List<ThresholdVersionView> getDrafts() {
        return drafts;
    }

    public List<RegionView> getRegions() {
        return regions;
    }

    public Map<String, String> getEdits() {
        return edits;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public WhatIfRunView getRun() {
        return run;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getDraft() {
        return draft;
    }

    public void setDraft(Integer draft) {
        this.draft = draft;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }
}
