package kz.qorgau.referrals.entity;

/**
 * The legal grounds on which a child is referred without the guardian's consent. The case timeline names them too
 * ({@code CaseEventType.Arg.LEGAL_GROUND}); the two lists are kept equal by a unit test.
 */
public enum OverrideGround {
    THREAT_TO_LIFE,
    COURT_ORDER
}
