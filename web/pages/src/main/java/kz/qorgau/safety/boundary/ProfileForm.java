package kz.qorgau.safety.boundary;

import java.io.Serializable;
import java.time.LocalDate;

import kz.qorgau.safety.control.SafetyFacts;
import kz.qorgau.safety.entity.GuardKind;

/** The profile's fields as the form edits them, named after {@link SafetyFacts} so that its messages find them. */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean panicButton;
    private boolean panicButtonConnected;
    private LocalDate panicButtonTestedOn;
    private Integer cctvCameras;
    private Integer cctvWorking;
    private boolean cctvCoversEntrances;
    private boolean cctvConnected;
    private boolean accessControl;
    private GuardKind guard = GuardKind.NONE;
    private String guardCompany;
    private LocalDate guardContractFrom;
    private LocalDate guardContractTo;
    private boolean fence;
    private boolean lighting;
    private boolean outdoorToilet;

    static ProfileForm of(SafetyFacts facts) {
        ProfileForm form = new ProfileForm();
        form.panicButton = facts.panicButton();
        form.panicButtonConnected = facts.panicButtonConnected();
        form.panicButtonTestedOn = facts.panicButtonTestedOn();
        form.cctvCameras = facts.cctvCameras();
        form.cctvWorking = facts.cctvWorking();
        form.cctvCoversEntrances = facts.cctvCoversEntrances();
        form.cctvConnected = facts.cctvConnected();
        form.accessControl = facts.accessControl();
        form.guard = facts.guard() == null ? GuardKind.NONE : GuardKind.valueOf(facts.guard());
        form.guardCompany = facts.guardCompany();
        form.guardContractFrom = facts.guardContractFrom();
        form.guardContractTo = facts.guardContractTo();
        form.fence = facts.fence();
        form.lighting = facts.lighting();
        form.outdoorToilet = facts.outdoorToilet();
        return form;
    }

    SafetyFacts toFacts() {
        return new SafetyFacts(panicButton, panicButtonConnected, panicButtonTestedOn, cctvCameras, cctvWorking,
                cctvCoversEntrances, cctvConnected, accessControl, guard == null ? null : guard.name(), guardCompany,
                guardContractFrom, guardContractTo, fence, lighting, outdoorToilet);
    }

    public boolean isPanicButton() {
        return panicButton;
    }

    public void setPanicButton(boolean panicButton) {
        this.panicButton = panicButton;
    }

    public boolean isPanicButtonConnected() {
        return panicButtonConnected;
    }

    public void setPanicButtonConnected(boolean panicButtonConnected) {
        this.panicButtonConnected = panicButtonConnected;
    }

    public LocalDate getPanicButtonTestedOn() {
        return panicButtonTestedOn;
    }

    public void setPanicButtonTestedOn(LocalDate panicButtonTestedOn) {
        this.panicButtonTestedOn = panicButtonTestedOn;
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

    public boolean isCctvCoversEntrances() {
        return cctvCoversEntrances;
    }

    public void setCctvCoversEntrances(boolean cctvCoversEntrances) {
        this.cctvCoversEntrances = cctvCoversEntrances;
    }

    public boolean isCctvConnected() {
        return cctvConnected;
    }

    public void setCctvConnected(boolean cctvConnected) {
        this.cctvConnected = cctvConnected;
    }

    public boolean isAccessControl() {
        return accessControl;
    }

    public void setAccessControl(boolean accessControl) {
        this.accessControl = accessControl;
    }

    public GuardKind getGuard() {
        return guard;
    }

    public void setGuard(GuardKind guard) {
        this.guard = guard;
    }

    public String getGuardCompany() {
        return guardCompany;
    }

    public void setGuardCompany(String guardCompany) {
        this.guardCompany = guardCompany;
    }

    public LocalDate getGuardContractFrom() {
        return guardContractFrom;
    }

    public void setGuardContractFrom(LocalDate guardContractFrom) {
        this.guardContractFrom = guardContractFrom;
    }

    public LocalDate getGuardContractTo() {
        return guardContractTo;
    }

    public void setGuardContractTo(LocalDate guardContractTo) {
        this.guardContractTo = guardContractTo;
    }

    public boolean isFence() {
        return fence;
    }

    public void setFence(boolean fence) {
        this.fence = fence;
    }

    public boolean isLighting() {
        return lighting;
    }

    public void setLighting(boolean lighting) {
        this.lighting = lighting;
    }

    public boolean isOutdoorToilet() {
        return outdoorToilet;
    }

    public void setOutdoorToilet(boolean outdoorToilet) {
        this.outdoorToilet = outdoorToilet;
    }
}
