package kz.qorgau.safety.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.schools.entity.School;

/**
 * A visit of an inspector to a school, with a finding for every item of the checklist the school's profile called
 * for: an inspection that skips an item would let a defect pass unrecorded.
 */
@Entity
@Table(name = "safety_inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_inspection_id")
    @SequenceGenerator(name = "safety_inspection_id", sequenceName = "safety_inspection_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private School school;

    private LocalDate visitedOn;
    private String inspector;
    private String remarks;
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "safety_inspection_finding", joinColumns = @JoinColumn(name = "inspection_id"))
    private List<InspectionFinding> findings = new ArrayList<>();

    protected Inspection() {
    }

    /**
     * @param checklist the items the school's profile calls for; each needs a finding, and no item may come twice
     * @throws InvalidInput naming the items left out or repeated
     */
    public Inspection(School school, LocalDate visitedOn, String inspector, String remarks,
                      List<InspectionFinding> findings, Collection<ChecklistItem> checklist, Instant recordedAt) {
        this.school = Objects.requireNonNull(school, "school");
        this.visitedOn = Objects.requireNonNull(visitedOn, "visitedOn");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.remarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.findings = checked(findings, checklist);
    }

    private static List<InspectionFinding> checked(List<InspectionFinding> findings, Collection<ChecklistItem> checklist) {
        if (findings == null || findings.isEmpty()) {
            throw new InvalidInput("safety.inspection.findings-required");
        }
        Map<ChecklistItem, InspectionFinding> byItem = new EnumMap<>(ChecklistItem.class);
        for (InspectionFinding f : findings) {
            if (byItem.put(f.getItem(), f) != null) {
                throw new InvalidInput("safety.inspection.item-repeated", f.getItem().name());
            }
        }
        List<ChecklistItem> missing = checklist.stream().filter(i -> !byItem.containsKey(i)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput("safety.inspection.items-missing",
                    missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return new ArrayList<>(byItem.values());
    }

    /** The findings by item, for correcting the profile. */
    public Map<ChecklistItem, Finding> findingsByItem() {
        Map<ChecklistItem, Finding> byItem = new EnumMap<>(ChecklistItem.class);
        findings.forEach(f -> byItem.put(f.getItem(), f.getFinding()));
        return byItem;
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getInspector() {
        return inspector;
    }

    public String getRemarks() {
        return remarks;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<InspectionFinding> getFindings() {
        return Collections.unmodifiableList(findings);
    }
}
