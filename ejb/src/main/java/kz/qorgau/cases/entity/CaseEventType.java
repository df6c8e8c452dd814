package kz.qorgau.cases.entity;

import java.util.Arrays;
import java.util.List;

import kz.qorgau.earlywarning.rules.EscalationTarget;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.StaffRole;

/**
 * What happened to a case. Each type is rendered from the message key {@code case.event.<TYPE>} with its arguments,
 * listed below in order. An argument that names a value of an enumeration (a level, a status, a role...) is stored
 * as the constant's name and shown in the reader's language through the message key prefix given here.
 */
public enum CaseEventType {
    /** level */
    OPENED(Arg.LEVEL),
    /** rule id, level */
    REASON_ATTACHED(Arg.TEXT, Arg.LEVEL),
    /** level before, level after */
    LEVEL_RAISED(Arg.LEVEL, Arg.LEVEL),
    /** username, staff role */
    ASSIGNED(Arg.PERSON, Arg.STAFF_ROLE),
    /** username, staff role */
    TAKEN(Arg.PERSON, Arg.STAFF_ROLE),
    /** when (ISO instant), contact channel, note */
    FIRST_CONTACT(Arg.MOMENT, Arg.CONTACT_CHANNEL, Arg.TEXT),
    /** status before, status after */
    STATUS_CHANGED(Arg.STATUS, Arg.STATUS),
    /** level before, level after, justification */
    LEVEL_LOWERED(Arg.LEVEL, Arg.LEVEL, Arg.TEXT),
    /** staff role, usernames let go (comma-separated, or "—" when nobody held the role), username now assigned */
    REASSIGNED(Arg.STAFF_ROLE, Arg.PEOPLE, Arg.PERSON),
    /** measure kind, responsible username, due date */
    MEASURE_ADDED(Arg.MEASURE_KIND, Arg.PERSON, Arg.TEXT),
    /** measure kind, measure status, responsible username, due date */
    MEASURE_UPDATED(Arg.MEASURE_KIND, Arg.MEASURE_STATUS, Arg.PERSON, Arg.TEXT),
    /** rule id, escalation target */
    ESCALATED(Arg.TEXT, Arg.ESCALATION_TARGET),
    /** staff role nobody at the school is designated for */
    STAFF_MISSING(Arg.STAFF_ROLE),
    /** outcome, note */
    CLOSED(Arg.OUTCOME, Arg.TEXT),
    /** no arguments */
    REOPENED,
    /** rule id, note */
    REASON_KNOWN(Arg.TEXT, Arg.TEXT),
    /** rule id, until (ISO date), level at snooze time, reason */
    REASON_SNOOZED(Arg.TEXT, Arg.TEXT, Arg.LEVEL, Arg.TEXT),
    /** rule id, useful (true or false), note (may be empty) */
    USEFULNESS_MARKED(Arg.TEXT, Arg.USEFUL, Arg.TEXT),
    /** what waits for approval, the worker's reason */
    APPROVAL_REQUESTED(Arg.APPROVAL_KIND, Arg.TEXT),
    /** what was approved, the worker who asked */
    APPROVED(Arg.APPROVAL_KIND, Arg.PERSON),
    /** what was sent back, the worker who asked, the supervisor's comment */
    SENT_BACK(Arg.APPROVAL_KIND, Arg.PERSON, Arg.TEXT),
    /** referral id, legal ground, note: a referral sent without the guardian's consent, for the supervisor to see */
    REFERRED_WITHOUT_CONSENT(Arg.TEXT, Arg.LEGAL_GROUND, Arg.TEXT);

    /** The kind of an argument: free text, or a constant of an enumeration shown through its message keys. */
    public enum Arg {
        TEXT(null, List.of()),
        /** An instant as stored (ISO-8601), shown on Kazakhstan's clock. */
        MOMENT(null, List.of()),
        /** A username, shown as the person's name where it is known. */
        PERSON(null, List.of()),
        /** Usernames joined by ", ", each shown as the person's name where it is known. */
        PEOPLE(null, List.of()),
        LEVEL("level.", names(Level.class)),
        STATUS("status.", names(CaseStatus.class)),
        STAFF_ROLE("staff-role.", names(StaffRole.class)),
        CONTACT_CHANNEL("contact-channel.", names(ContactChannel.class)),
        MEASURE_KIND("measure.kind.", names(MeasureKind.class)),
        MEASURE_STATUS("measure.status.", names(MeasureStatus.class)),
        ESCALATION_TARGET("escalation.target.", names(EscalationTarget.class)),
        OUTCOME("outcome.", names(CaseOutcome.class)),
        USEFUL("usefulness.", List.of("true", "false")),
        APPROVAL_KIND("approval.kind.", names(ApprovalKind.class)),
        /**
         * The grounds of the referrals feature's {@code OverrideGround}, by name: the cases do not depend on the
         * referrals, which depend on them.
         */
        LEGAL_GROUND("referral.ground.", List.of("THREAT_TO_LIFE", "COURT_ORDER"));

        private final String keyPrefix;
        private final List<String> allowed;

        Arg(String keyPrefix, List<String> allowed) {
            this.keyPrefix = keyPrefix;
            this.allowed = allowed;
        }

        /** The message key prefix of the values, or null for free text shown as it is. */
        public String keyPrefix() {
            return keyPrefix;
        }

        /** The values the argument may take; empty for free text. */
        public List<String> allowed() {
            return allowed;
        }

        boolean accepts(String value) {
            return keyPrefix == null || allowed.contains(value);
        }

        private static List<String> names(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        }
    }

    private final List<Arg> arguments;

    CaseEventType(Arg... arguments) {
        this.arguments = List.of(arguments);
    }

    public List<Arg> arguments() {
        return arguments;
    }
}
