package kz.qorgau.safety.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kz.qorgau.platform.InvalidInput;

/**
 * What a school's safety profile says at one moment: panic button, CCTV, access control, guard, fence, lighting
 * and outdoor toilet. A value: the profile and each entry of its history hold one, and a change is a new value.
 */
@Embeddable
public class SafetyState {

    static final int COMPANY_MAX = 200;

    private boolean panicButton;
    private boolean panicButtonConnected;
    private LocalDate panicButtonTestedOn;
    private int cctvCameras;
    private int cctvWorking;
    private boolean cctvCoversEntrances;
    private boolean cctvConnected;
    private boolean accessControl;
    @Enumerated(EnumType.STRING)
    private GuardKind guard;
    private String guardCompany;
    private LocalDate guardContractFrom;
    private LocalDate guardContractTo;
    private boolean fence;
    private boolean lighting;
    private boolean outdoorToilet;

    protected SafetyState() {
    }

    /** The panic button, as present, connected to the police console and last tested. */
    public record PanicButton(boolean present, boolean connected, LocalDate testedOn) {
    }

    /** The cameras: how many, how many work, whether they cover the entrances and reach the operational centre. */
    public record Cctv(int cameras, int working, boolean coversEntrances, boolean connected) {
    }

    /** The guard; a security company with its name and the period of its contract. */
    public record Guard(GuardKind kind, String company, LocalDate contractFrom, LocalDate contractTo) {
    }

    /** The grounds: access control or turnstiles, fence, lighting, and an outdoor toilet. */
    public record Grounds(boolean accessControl, boolean fence, boolean lighting, boolean outdoorToilet) {
    }

    /** @throws InvalidInput when the parts contradict each other, e.g. more cameras working than installed */
    public SafetyState(PanicButton panic, Cctv cctv, Guard guard, Grounds grounds) {
        if (panic.connected() && !panic.present()) {
            throw new InvalidInput("safety.panic-button.connected-without-button");
        }
        if (cctv.cameras() < 0 || cctv.working() < 0 || cctv.working() > cctv.cameras()) {
            throw new InvalidInput("safety.cctv.working-range", cctv.working(), cctv.cameras());
        }
        this.panicButton = panic.present();
        this.panicButtonConnected = panic.connected();
        this.panicButtonTestedOn = panic.testedOn();
        this.cctvCameras = cctv.cameras();
        this.cctvWorking = cctv.working();
        this.cctvCoversEntrances = cctv.coversEntrances();
        this.cctvConnected = cctv.connected();
        setGuard(Objects.requireNonNull(guard, "guard"));
        this.accessControl = grounds.accessControl();
        this.fence = grounds.fence();
        this.lighting = grounds.lighting();
        this.outdoorToilet = grounds.outdoorToilet();
    }

    /** A school nobody has described yet: nothing is taken for granted. */
    public static SafetyState nothingRecorded() {
        return new SafetyState(new PanicButton(false, false, null), new Cctv(0, 0, false, false),
                new Guard(GuardKind.NONE, null, null, null), new Grounds(false, false, false, false));
    }

    private void setGuard(Guard guard) {
        GuardKind kind = Objects.requireNonNull(guard.kind(), "guard kind");
        if (kind != GuardKind.SECURITY_COMPANY) {
            this.guard = kind;
            return;
        }
        if (guard.company() == null || guard.company().isBlank()) {
            throw new InvalidInput("safety.guard.company-required");
        }
        if (guard.company().strip().length() > COMPANY_MAX) {
            throw new InvalidInput("field.too-long");
        }
        if (guard.contractFrom() == null || guard.contractTo() == null
                || guard.contractTo().isBefore(guard.contractFrom())) {
            throw new InvalidInput("safety.guard.contract-dates");
        }
        this.guard = kind;
        this.guardCompany = guard.company().strip();
        this.guardContractFrom = guard.contractFrom();
        this.guardContractTo = guard.contractTo();
    }

    /**
     * The profile as an inspection's findings correct it: what the inspector found missing is no longer recorded
     * as present, what was found in order is, a tested panic button carries the day of the visit. A defect leaves
     * the thing recorded as present: the prescription tracks the repair.
     *
     * @param camerasSeen cameras counted and working, when the inspector counted them
     */
    public SafetyState afterInspection(Map<ChecklistItem, Finding> findings, LocalDate visitedOn, Cctv camerasSeen) {
        boolean panic = presence(findings.get(ChecklistItem.PANIC_BUTTON), panicButton);
        boolean panicConnected = panic && presence(findings.get(ChecklistItem.PANIC_BUTTON_CONNECTED),
                panicButtonConnected, false);
        LocalDate tested = findings.get(ChecklistItem.PANIC_BUTTON) == Finding.OK ? visitedOn : panicButtonTestedOn;
        Cctv cctv = camerasAfter(findings.get(ChecklistItem.CCTV_WORKING), camerasSeen);
        cctv = new Cctv(cctv.cameras(), cctv.working(),
                cctv.cameras() > 0 && presence(findings.get(ChecklistItem.CCTV_ENTRANCES), cctvCoversEntrances, false),
                cctv.cameras() > 0 && presence(findings.get(ChecklistItem.CCTV_CONNECTED), cctvConnected, false));
        Guard guardNow = findings.get(ChecklistItem.GUARD) == Finding.MISSING
                ? new Guard(GuardKind.NONE, null, null, null) : guard();
        Finding toilet = findings.get(ChecklistItem.OUTDOOR_TOILET);
        Grounds grounds = new Grounds(
                presence(findings.get(ChecklistItem.ACCESS_CONTROL), accessControl),
                presence(findings.get(ChecklistItem.FENCE), fence),
                presence(findings.get(ChecklistItem.LIGHTING), lighting),
                toilet == null ? outdoorToilet : toilet.needsRemedy());
        return new SafetyState(new PanicButton(panic, panicConnected, tested), cctv, guardNow, grounds);
    }

    private static boolean presence(Finding finding, boolean recorded) {
        return finding == null ? recorded : finding != Finding.MISSING;
    }

    /** For a connection or a coverage, a defect means it is not there. */
    private static boolean presence(Finding finding, boolean recorded, boolean whenDefect) {
        return finding == Finding.DEFECT ? whenDefect : presence(finding, recorded);
    }

    private Cctv camerasAfter(Finding finding, Cctv camerasSeen) {
        if (camerasSeen != null) {
            return camerasSeen;
        }
        if (finding == Finding.MISSING) {
            return new Cctv(0, 0, false, false);
        }
        return new Cctv(cctvCameras, finding == Finding.OK ? cctvCameras : cctvWorking, cctvCoversEntrances,
                cctvConnected);
    }

    /** The names of the parts that differ from the other state, in the order of the form. */
    public List<String> differencesFrom(SafetyState other) {
        List<String> changed = new ArrayList<>();
        if (!panicButton().equals(other.panicButton())) {
            changed.add("panicButton");
        }
        if (!cctv().equals(other.cctv())) {
            changed.add("cctv");
        }
        if (accessControl != other.accessControl) {
            changed.add("accessControl");
        }
        if (!guard().equals(other.guard())) {
            changed.add("guard");
        }
        if (fence != other.fence) {
            changed.add("fence");
        }
        if (lighting != other.lighting) {
            changed.add("lighting");
        }
        if (outdoorToilet != other.outdoorToilet) {
            changed.add("outdoorToilet");
        }
        return changed;
    }

    /** Whether a security company's contract covers the day; other kinds of guard have no contract. */
    public boolean guardContractCurrentOn(LocalDate day) {
        return guard == GuardKind.SECURITY_COMPANY && !day.isBefore(guardContractFrom) && !day.isAfter(guardContractTo);
    }

    public PanicButton panicButton() {
        return new PanicButton(panicButton, panicButtonConnected, panicButtonTestedOn);
    }

    public Cctv cctv() {
        return new Cctv(cctvCameras, cctvWorking, cctvCoversEntrances, cctvConnected);
    }

    public Guard guard() {
        return new Guard(guard, guardCompany, guardContractFrom, guardContractTo);
    }

    public Grounds grounds() {
        return new Grounds(accessControl, fence, lighting, outdoorToilet);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SafetyState other && differencesFrom(other).isEmpty();
    }

    @Override
    public int hashCode() {
        return Objects.hash(panicButton(), cctv(), guard(), grounds());
    }
}
