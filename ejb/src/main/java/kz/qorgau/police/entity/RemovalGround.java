package kz.qorgau.police.entity;

/** Why a student came off the police register. */
public enum RemovalGround {
    CORRECTED,
    REACHED_18,
    MOVED_AWAY,
    COURT_DECISION,
    OTHER
}
