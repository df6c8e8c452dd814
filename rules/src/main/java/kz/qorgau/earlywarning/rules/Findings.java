package kz.qorgau.earlywarning.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The global the rules report into: one list per evaluation. */
public class Findings {

    private final List<Finding> raised = new ArrayList<>();

    public void raise(Finding finding) {
        raised.add(finding);
    }

    public List<Finding> all() {
        return Collections.unmodifiableList(raised);
    }
}
