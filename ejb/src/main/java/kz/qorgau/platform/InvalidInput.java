package kz.qorgau.platform;

/** The request is well-formed but its content breaks a rule of the domain. */
public class InvalidInput extends QorgauException {

    public InvalidInput(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
