package kz.qorgau.earlywarning.rules;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

/**
 * The catalogue compiled once, evaluated in a fresh session per call. A session is cheap; the KieBase is not, so
 * hold one instance per application.
 */
public final class EarlyWarningRules {

    private static final String KIE_BASE = "earlyWarning";

    private final KieBase kieBase;
    private final Map<String, String> versions;

    private EarlyWarningRules(KieBase kieBase) {
        this.kieBase = kieBase;
        Map<String, String> byId = new TreeMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> byId.put(idOf(r), versionOf(r))));
        this.versions = Collections.unmodifiableMap(byId);
    }

    /** Compiles the DRL found beside this class; the class loader matters inside an application server. */
    public static EarlyWarningRules fromClasspath() {
        ClassLoader loader = EarlyWarningRules.class.getClassLoader();
        return new EarlyWarningRules(KieServices.get().getKieClasspathContainer(loader).getKieBase(KIE_BASE));
    }

    /**
     * Runs every rule over the given facts as seen on {@code day}: the students, their signals, their schools'
     * staffing. One call may hold many students; the rules join on the student id.
     */
    public Findings evaluate(EvaluationDay day, Thresholds thresholds, Collection<?> facts) {
        KieSession session = kieBase.newKieSession();
        try {
            Findings findings = new Findings(versions, session::insert);
            session.setGlobal("findings", findings);
            session.insert(day);
            session.insert(thresholds);
            facts.forEach(session::insert);
            session.fireAllRules();
            return findings;
        } finally {
            session.dispose();
        }
    }

    /** Runs the deadline rule (EW-10) over open cases at {@code now}; the findings hold its escalations. */
    public Findings checkDeadlines(Now now, Collection<OpenCase> cases) {
        KieSession session = kieBase.newKieSession();
        try {
            Findings findings = new Findings(versions, session::insert);
            session.setGlobal("findings", findings);
            session.insert(now);
            cases.forEach(session::insert);
            session.fireAllRules();
            return findings;
        } finally {
            session.dispose();
        }
    }

    /** The ids of the rules loaded, such as {@code EW-01}, taken from the rule names. */
    public Set<String> ruleIds() {
        return versions.keySet();
    }

    /** The version of a rule as its DRL declares it with {@code @version}; empty when it declares none. */
    public String versionOf(String ruleId) {
        return versions.getOrDefault(ruleId, "");
    }

    private static String idOf(Rule rule) {
        return rule.getName().split(" ")[0];
    }

    private static String versionOf(Rule rule) {
        Object version = rule.getMetaData().get("version");
        return version == null ? "" : version.toString();
    }
}
