package kz.qorgau.platform;

/** The record does not exist, or lies outside the caller's jurisdiction: the two are told apart to nobody. */
public class RecordNotFound extends QorgauException {

    public RecordNotFound(String recordType, Object id) {
        super("error.not-found." + recordType, id);
    }
}
