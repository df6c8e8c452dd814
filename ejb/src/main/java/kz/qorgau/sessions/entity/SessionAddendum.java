package kz.qorgau.sessions.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/**
 * A psychologist's later addition to a session's note: a correction or something learnt since. Written once and
 * never edited, like the note it follows; only {@link PsychologistSession#append} creates one.
 */
@Entity
public class SessionAddendum {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_addendum_id")
    @SequenceGenerator(name = "session_addendum_id", sequenceName = "session_addendum_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PsychologistSession session;

    private String author;
    private Instant writtenAt;

    @Convert(converter = ConfidentialText.class)
    private String text;

    protected SessionAddendum() {
    }

    SessionAddendum(PsychologistSession session, String text, String author, Instant writtenAt) {
        this.session = Objects.requireNonNull(session, "session");
        this.text = Objects.requireNonNull(text, "text");
        this.author = Objects.requireNonNull(author, "author");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
    }

    public Long getId() {
        return id;
    }

    public PsychologistSession getSession() {
        return session;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
