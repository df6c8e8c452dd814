package kz.qorgau.platform;

/** The record does not exist, or lies outside the caller's jurisdiction: the two are told apart to nobody. */
public class RecordNotFound extends QorgauException {

    /** The id is shown as written, never as a quantity with separators ("id 1,601"). */
    public RecordNotFound(String recordType, Object id) {
        super("error.not-found." + recordType, String.valueOf(id));
    }
}
