package kz.qorgau.platform.boundary;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;

import kz.qorgau.platform.InvalidFields;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.QorgauException;

/**
 * What a form asks of the services, with their refusals turned into messages on the page: a business refusal or a
 * role the services do not admit for the whole form, each broken constraint of the request record next to its field.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /** @return whether the services did what was asked; when not, the page already says why */
    public static boolean run(String formId, Locale locale, Runnable action) {
        return run(formId, locale, Map.of(), action);
    }

    /** {@link #run(String, Locale, Runnable)}, with the call first where it reads better so. */
    public static boolean attempt(Runnable action, String formId, Locale locale) {
        return run(formId, locale, action);
    }

    /**
     * As {@link #run(String, Locale, Runnable)}, with each problem of a refusal that names several fields said next
     * to its input: {@code inputOf} maps a field of the request to the input's id within the form, null where the
     * form has none (the problem is then said for the whole form).
     */
    public static boolean attempt(Runnable action, String formId, UnaryOperator<String> inputOf, Locale locale) {
        InvalidFields[] unanswered = new InvalidFields[1];
        boolean done = run(formId, locale, () -> {
            try {
                action.run();
            } catch (InvalidFields e) {
                unanswered[0] = e;
            }
        });
        if (unanswered[0] == null) {
            return done;
        }
        PageMessages.beside(unanswered[0], formId, inputOf, locale);
        return false;
    }

    /**
     * As {@link #run(String, Locale, Runnable)}, with the refusals a single field can cure (a malformed IIN or phone)
     * said next to that field: {@code fields} maps the start of a message key to the input's id in the form.
     */
    public static boolean run(String formId, Locale locale, Map<String, String> fields, Runnable action) {
        try {
            action.run();
            return true;
        } catch (QorgauException e) {
            fields.entrySet().stream().filter(f -> e.messageKey().startsWith(f.getKey())).findFirst().ifPresentOrElse(
                    f -> FacesContext.getCurrentInstance().addMessage(formId + ":" + f.getValue(),
                            new FacesMessage(FacesMessage.SEVERITY_ERROR,
                                    Messages.text(locale, e.messageKey(), e.arguments()), null)),
                    () -> PageMessages.refused(e, locale));
        } catch (ConstraintViolationException e) {
            PageMessages.invalid(e, formId, locale);
        } catch (EJBException e) {
            // A refusal, or a Bean Validation failure on an EJB's parameters, may reach the caller wrapped.
            if (refusedByContainer(e)) {
                PageMessages.forbidden(locale);
            } else if (e.getCause() instanceof ConstraintViolationException violations) {
                PageMessages.invalid(violations, formId, locale);
            } else {
                throw e;
            }
        }
        return false;
    }

    /** Whether the failure is the container's refusal of a service whose declared roles the caller holds none of. */
    public static boolean refusedByContainer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
