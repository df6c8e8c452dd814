package kz.qorgau.platform;

/** The request body comes in a format the endpoint does not read; the message names the formats it does. */
public class UnsupportedFormat extends QorgauException {

    public UnsupportedFormat(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
