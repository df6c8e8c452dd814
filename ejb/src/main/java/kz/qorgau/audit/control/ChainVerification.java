package kz.qorgau.audit.control;

import java.util.HexFormat;

/**
 * The audit chain as recomputed: intact or not, how many sealed events were checked, how many are not sealed yet,
 * the head (to compare with the heads the server logged), and where the chain first breaks, if it does.
 */
public record ChainVerification(boolean intact, long checked, long unsealed, Long headPosition, String headHash,
                                Break firstBreak) {

    /** The first event whose position or hash does not follow from the one before it. */
    public record Break(long position, long eventId) {
    }

    static ChainVerification of(long checked, long unsealed, Long headPosition, byte[] headHash, Break firstBreak) {
        return new ChainVerification(firstBreak == null, checked, unsealed, headPosition,
                headHash == null ? null : HexFormat.of().formatHex(headHash), firstBreak);
    }
}
