package kz.qorgau.earlywarning.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The global the rules report into, one per evaluation: findings about students, escalations, concealment flags
 * raised and withdrawn.
 */
public class Findings {

    private final List<Finding> raised = new ArrayList<>();
    private final List<Escalation> escalations = new ArrayList<>();
    private final List<ConcealmentFlag> flags = new ArrayList<>();
    private final List<FlagWithdrawal> withdrawals = new ArrayList<>();
    private final Map<String, String> versions;
    private final Consumer<Object> workingMemory;

    /**
     * @param versions      the version of each rule by id, stamped on what it raises
     * @param workingMemory where a finding goes as a fact, so that rules about findings (EW-12) can see it
     */
    Findings(Map<String, String> versions, Consumer<Object> workingMemory) {
        this.versions = versions;
        this.workingMemory = workingMemory;
    }

    public void raise(Finding finding) {
        finding.stamp(versions.getOrDefault(finding.getRuleId(), ""));
        raised.add(finding);
        workingMemory.accept(finding);
    }

    public void escalate(Escalation escalation) {
        escalations.add(escalation);
    }

    public void flag(ConcealmentFlag flag) {
        flags.add(flag);
    }

    public void withdraw(FlagWithdrawal withdrawal) {
        if (withdrawals.stream().noneMatch(w -> w.studentId() == withdrawal.studentId()
                && w.incidentId() == withdrawal.incidentId())) {
            withdrawals.add(withdrawal);
        }
    }

    public List<Finding> all() {
        return Collections.unmodifiableList(raised);
    }

    public List<Escalation> escalations() {
        return Collections.unmodifiableList(escalations);
    }

    public List<ConcealmentFlag> concealments() {
        return Collections.unmodifiableList(flags);
    }

    /** Open flags the school's own report answered, one per flag however many reports answer it. */
    public List<FlagWithdrawal> withdrawals() {
        return Collections.unmodifiableList(withdrawals);
    }

    public boolean isEmpty() {
        return raised.isEmpty() && escalations.isEmpty() && flags.isEmpty() && withdrawals.isEmpty();
    }
}
