package kz.qorgau.cases.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of a case's timeline: who did what, when. The text is not stored, only the message arguments, so that
 * each reader sees it in their own language. Entries are never changed (the database refuses it).
 */
@Entity
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_id")
    @SequenceGenerator(name = "case_event_id", sequenceName = "case_event_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private EarlyWarningCase earlyWarningCase;

    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private CaseEventType type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] arguments;

    protected CaseEvent() {
    }

    /**
     * @param arguments as many as the type lists; a missing optional text is given as null and kept as empty
     * @throws IllegalArgumentException when the arguments do not match the type: a programming error
     */
    public CaseEvent(EarlyWarningCase earlyWarningCase, CaseEventType type, String actor, Instant occurredAt,
                     String... arguments) {
        if (arguments.length != type.arguments().size()) {
            throw new IllegalArgumentException(type + " takes " + type.arguments().size() + " arguments, not "
                    + arguments.length);
        }
        for (int i = 0; i < arguments.length; i++) {
            if (!type.arguments().get(i).accepts(arguments[i])) {
                throw new IllegalArgumentException(type + " argument " + i + " must be one of "
                        + type.arguments().get(i).allowed() + ", not " + arguments[i]);
            }
        }
        this.earlyWarningCase = Objects.requireNonNull(earlyWarningCase, "earlyWarningCase");
        this.type = type;
        this.actor = Objects.requireNonNull(actor, "actor");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.arguments = Arrays.stream(arguments).map(a -> a == null ? "" : a).toArray(String[]::new);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public CaseEventType getType() {
        return type;
    }

    public List<String> getArguments() {
        return List.of(arguments);
    }
}
