package kz.qorgau.safety.control;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import kz.qorgau.platform.PlausibleDate;
import kz.qorgau.safety.entity.GuardKind;
import kz.qorgau.safety.entity.SafetyState;

/**
 * A safety profile as the API shows and takes it, stated in full each time as the form shows it. A yes/no left
 * out counts as no, a count left out as none; the guard must be named.
 */
public record SafetyFacts(
        Boolean panicButton,
        Boolean panicButtonConnected,
        @PastOrPresent(message = "{date.in-future}") @PlausibleDate LocalDate panicButtonTestedOn,
        @Min(value = 0, message = "{safety.cctv.count}") Integer cctvCameras,
        @Min(value = 0, message = "{safety.cctv.count}") Integer cctvWorking,
        Boolean cctvCoversEntrances,
        Boolean cctvConnected,
        Boolean accessControl,
        String guard,
        @Size(max = 200, message = "{field.too-long}") String guardCompany,
        @PlausibleDate LocalDate guardContractFrom,
        @PlausibleDate LocalDate guardContractTo,
        Boolean fence,
        Boolean lighting,
        Boolean outdoorToilet) {

    public SafetyFacts {
        panicButton = yes(panicButton);
        panicButtonConnected = yes(panicButtonConnected);
        cctvCameras = cctvCameras == null ? 0 : cctvCameras;
        cctvWorking = cctvWorking == null ? 0 : cctvWorking;
        cctvCoversEntrances = yes(cctvCoversEntrances);
        cctvConnected = yes(cctvConnected);
        accessControl = yes(accessControl);
        fence = yes(fence);
        lighting = yes(lighting);
        outdoorToilet = yes(outdoorToilet);
    }

    private static Boolean yes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    public static SafetyFacts of(SafetyState state) {
        SafetyState.PanicButton panic = state.panicButton();
        SafetyState.Cctv cctv = state.cctv();
        SafetyState.Guard guard = state.guard();
        SafetyState.Grounds grounds = state.grounds();
        return new SafetyFacts(panic.present(), panic.connected(), panic.testedOn(), cctv.cameras(), cctv.working(),
                cctv.coversEntrances(), cctv.connected(), grounds.accessControl(), guard.kind().name(),
                guard.company(), guard.contractFrom(), guard.contractTo(), grounds.fence(), grounds.lighting(),
                grounds.outdoorToilet());
    }

    /** @throws kz.qorgau.platform.InvalidInput when the guard is not a known kind or the parts contradict */
    public SafetyState toState() {
        GuardKind kind = Choices.of(GuardKind.class, "guard", guard);
        return new SafetyState(
                new SafetyState.PanicButton(panicButton, panicButtonConnected, panicButtonTestedOn),
                new SafetyState.Cctv(cctvCameras, cctvWorking, cctvCoversEntrances, cctvConnected),
                new SafetyState.Guard(kind, guardCompany, guardContractFrom, guardContractTo),
                new SafetyState.Grounds(accessControl, fence, lighting, outdoorToilet));
    }
}
