package kz.qorgau.platform;

import java.util.List;

/**
 * Several fields of a request break a rule of the domain at once: each with its own message key and arguments, so
 * that the person can correct them all in one go.
 */
public class InvalidFields extends InvalidInput {

    /** One field's problem. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidFields(String messageKey, List<FieldProblem> problems) {
        this(messageKey, problems, problems.size());
    }

    /** With the arguments of the message that sums the problems up, where their count alone would not say enough. */
    public InvalidFields(String messageKey, List<FieldProblem> problems, Object... arguments) {
        super(messageKey, arguments);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
