package kz.qorgau.whatif.entity;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.earlywarning.rules.Level;

/**
 * A dry run of a proposed threshold version over a region's recent signals, beside the version in force: how many
 * students each would have raised a case for, by their highest level. It touches no real case.
 */
@Entity
public class WhatIfRun {

    /** Where a run stands. */
    public enum Status {
        RUNNING, COMPLETED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "what_if_run_id")
    @SequenceGenerator(name = "what_if_run_id", sequenceName = "what_if_run_id_seq", allocationSize = 50)
    private Long id;

    private int proposedVersion;
    private int activeVersion;
    private long regionId;
    private int months;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int studentsTotal;
    private int studentsDone;
    private int proposedLow;
    private int proposedMedium;
    private int proposedHigh;
    private int proposedCritical;
    private int activeLow;
    private int activeMedium;
    private int activeHigh;
    private int activeCritical;
    private String requestedBy;
    private Instant requestedAt;
    private Instant finishedAt;

    protected WhatIfRun() {
    }

    public WhatIfRun(int proposedVersion, int activeVersion, long regionId, int months, int studentsTotal,
                     String requestedBy, Instant requestedAt) {
        this.proposedVersion = proposedVersion;
        this.activeVersion = activeVersion;
        this.regionId = regionId;
        this.months = months;
        this.status = Status.RUNNING;
        this.studentsTotal = studentsTotal;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** Adds a block's students and the highest level each version reached for each of them. */
    public void add(int students, Map<Level, Integer> proposed, Map<Level, Integer> active) {
        studentsDone += students;
        proposedLow += proposed.getOrDefault(Level.LOW, 0);
        proposedMedium += proposed.getOrDefault(Level.MEDIUM, 0);
        proposedHigh += proposed.getOrDefault(Level.HIGH, 0);
        proposedCritical += proposed.getOrDefault(Level.CRITICAL, 0);
        activeLow += active.getOrDefault(Level.LOW, 0);
        activeMedium += active.getOrDefault(Level.MEDIUM, 0);
        activeHigh += active.getOrDefault(Level.HIGH, 0);
        activeCritical += active.getOrDefault(Level.CRITICAL, 0);
    }

    public void finish(Status outcome, Instant at) {
        status = outcome;
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public int getProposedVersion() {
        return proposedVersion;
    }

    public int getActiveVersion() {
        return activeVersion;
    }

    public long getRegionId() {
        return regionId;
    }

    public int getMonths() {
        return months;
    }

    public Status getStatus() {
        return status;
    }

    public int getStudentsTotal() {
        return studentsTotal;
    }

    public int getStudentsDone() {
        return studentsDone;
    }

    /** By level, for the proposed version when {@code proposed}, else for the version in force. */
    public Map<Level, Integer> counts(boolean proposed) {
        return proposed
                ? Map.of(Level.LOW, proposedLow, Level.MEDIUM, proposedMedium, Level.HIGH, proposedHigh,
                        Level.CRITICAL, proposedCritical)
                : Map.of(Level.LOW, activeLow, Level.MEDIUM, activeMedium, Level.HIGH, activeHigh,
                        Level.CRITICAL, activeCritical);
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
