package kz.qorgau.platform.boundary;

import java.util.Locale;
import java.util.function.UnaryOperator;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import kz.qorgau.platform.InvalidFields;
import kz.qorgau.platform.Messages;
import kz.qorgau.platform.QorgauException;

/** What the domain said about a person's input, as messages on the page, next to the field where there is one. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A business refusal (a domain rule, a stale version, a record out of reach) for the whole form. */
    public static void refused(QorgauException e, Locale locale) {
        String text = Messages.text(locale, e.messageKey(), e.arguments());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The container refused the call: the person's role may not do this. */
    public static void forbidden(Locale locale) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(locale, "problem.forbidden.detail"), null));
    }

    /**
     * Each broken constraint of a request record next to its field: the form names its inputs after the record's
     * components, under {@code formId}.
     */
    public static void invalid(ConstraintViolationException e, String formId, Locale locale) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String template = violation.getMessageTemplate();
            String text = template.startsWith("{") && template.endsWith("}")
                    && Messages.has(template.substring(1, template.length() - 1))
                    ? Messages.text(locale, template.substring(1, template.length() - 1))
                    : violation.getMessage();
            String field = null;
            for (var node : violation.getPropertyPath()) {
                field = node.getName();
            }
            String clientId = field == null ? null : formId + ":" + field;
            if (clientId != null && faces.getViewRoot().findComponent(clientId) == null) {
                clientId = null;
            }
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    /**
     * Each problem of a refusal that names several fields next to its input, {@code inputOf} giving the input's id
     * within the form ({@code null} for a field the form has no input for, said for the whole form).
     */
    public static void beside(InvalidFields e, String formId, UnaryOperator<String> inputOf, Locale locale) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (InvalidFields.FieldProblem problem : e.problems()) {
            String input = inputOf.apply(problem.field());
            faces.addMessage(input == null ? null : formId + ":" + input, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(locale, problem.messageKey(), problem.arguments()), null));
        }
    }
}
