package kz.qorgau.earlywarning.rules;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;

/**
 * The catalogue compiled once, evaluated in a fresh session per call. A session is cheap; the KieBase is not, so
 * hold one instance per application.
 */
public final class EarlyWarningRules {

    private static final String KIE_BASE = "earlyWarning";

    private final KieBase kieBase;

    private EarlyWarningRules(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** Compiles the DRL found beside this class; the class loader matters inside an application server. */
    public static EarlyWarningRules fromClasspath() {
        ClassLoader loader = EarlyWarningRules.class.getClassLoader();
        return new EarlyWarningRules(KieServices.get().getKieClasspathContainer(loader).getKieBase(KIE_BASE));
    }

    /** Runs every rule over the given signals and student facts as seen on {@code day}. */
    public List<Finding> evaluate(EvaluationDay day, Thresholds thresholds, Collection<?> facts) {
        KieSession session = kieBase.newKieSession();
        try {
            Findings findings = new Findings();
            session.setGlobal("findings", findings);
            session.insert(day);
            session.insert(thresholds);
            facts.forEach(session::insert);
            session.fireAllRules();
            return findings.all();
        } finally {
            session.dispose();
        }
    }

    /** The ids of the rules loaded, such as {@code EW-01}, taken from the rule names. */
    public Set<String> ruleIds() {
        Set<String> ids = new TreeSet<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> ids.add(r.getName().split(" ")[0])));
        return ids;
    }
}
