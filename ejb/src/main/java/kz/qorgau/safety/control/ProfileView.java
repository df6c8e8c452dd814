package kz.qorgau.safety.control;

/**
 * A school's safety profile as it stands; {@code recorded} is false, and the version 0, while nobody has
 * described the school yet.
 */
public record ProfileView(long schoolId, boolean recorded, SafetyFacts profile, long version) {
}
