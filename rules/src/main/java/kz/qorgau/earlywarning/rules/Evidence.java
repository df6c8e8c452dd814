package kz.qorgau.earlywarning.rules;

import java.util.Objects;

/** A link from a finding to the record that supports it. */
public record Evidence(EvidenceKind kind, long recordId) {

    public Evidence {
        Objects.requireNonNull(kind, "kind");
    }

    public static Evidence session(long id) {
        return new Evidence(EvidenceKind.SESSION, id);
    }

    public static Evidence incident(long id) {
        return new Evidence(EvidenceKind.INCIDENT, id);
    }
}
