package kz.qorgau.platform;

/** Something asked for before it exists: a result a background run has not written yet, or will not write. */
public class NotReady extends QorgauException {

    public NotReady(String key, Object... arguments) {
        super(key, arguments);
    }
}
