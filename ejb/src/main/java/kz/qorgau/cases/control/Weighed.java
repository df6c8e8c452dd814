package kz.qorgau.cases.control;

import java.util.List;

/** A record just saved, and what the rules weighing it did to the cases of the students it concerns. */
public record Weighed<T>(T record, List<CaseEffect> cases) {

    public Weighed {
        cases = List.copyOf(cases);
    }
}
