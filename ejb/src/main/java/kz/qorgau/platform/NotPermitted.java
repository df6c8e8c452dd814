package kz.qorgau.platform;

/** The caller sees the record but their role does not let them do this to it. */
public class NotPermitted extends QorgauException {

    public NotPermitted(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
