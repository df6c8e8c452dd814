package kz.qorgau.platform;

/** The record would duplicate one that exists, such as a second student file for one IIN. */
public class DuplicateRecord extends QorgauException {

    public DuplicateRecord(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
