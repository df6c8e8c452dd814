package kz.qorgau.platform.boundary;

import java.util.Locale;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;

import kz.qorgau.platform.QorgauException;

/**
 * A page's call of a service for a form: what the domain refuses becomes a message on the page instead of an error
 * page. A Bean Validation failure may reach the page wrapped in an {@link EJBException}, depending on where the
 * container validated.
 */
public final class PageActions {

    private PageActions() {
    }

    /** @return whether the call went through; when it did not, the page says why */
    public static boolean attempt(Runnable call, String formId, Locale locale) {
        try {
            call.run();
            return true;
        } catch (QorgauException e) {
            PageMessages.refused(e, locale);
        } catch (ConstraintViolationException e) {
            PageMessages.invalid(e, formId, locale);
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException violations) {
                PageMessages.invalid(violations, formId, locale);
            } else {
                throw e;
            }
        }
        return false;
    }
}
