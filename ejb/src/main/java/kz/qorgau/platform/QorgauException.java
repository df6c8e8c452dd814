package kz.qorgau.platform;

import jakarta.ejb.ApplicationException;

/**
 * A business failure a person can act on. It carries a message key of the {@code Messages} bundle and its
 * arguments rather than text, so that the boundary renders it in the caller's language. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public abstract class QorgauException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected QorgauException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
