package kz.qorgau.audit.control;

import java.util.HexFormat;

/** One step of sealing: how many events it sealed, and the chain's head after it. */
public record ChainSeal(int sealed, long headPosition, byte[] headHash) {

    public String headHashHex() {
        return HexFormat.of().formatHex(headHash);
    }
}
