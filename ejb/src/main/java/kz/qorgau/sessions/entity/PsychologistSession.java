package kz.qorgau.sessions.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;

import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.RiskIndicator;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.sessions.control.SessionRecord;
import kz.qorgau.students.entity.Student;

/**
 * A session a psychologist held with a student. The confidential note is written once: a correction is an
 * addendum, so the entity offers no way to change the note or an addendum, only to {@link #append} one.
 */
@Entity
public class PsychologistSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "psychologist_session_id")
    @SequenceGenerator(name = "psychologist_session_id", sequenceName = "psychologist_session_id_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Student student;

    private LocalDate sessionDate;

    @Enumerated(EnumType.STRING)
    private SessionKind kind;

    private Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    private Level riskLevel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_indicator", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "indicator")
    @Enumerated(EnumType.STRING)
    private Set<RiskIndicator> indicators = EnumSet.noneOf(RiskIndicator.class);

    @Convert(converter = ConfidentialText.class)
    private String confidentialNote;

    private LocalDate followUpDate;
    private String author;
    private Instant recordedAt;

    @OneToMany(mappedBy = "session")
    @OrderBy("writtenAt, id")
    private List<SessionAddendum> addenda = new ArrayList<>();

    protected PsychologistSession() {
    }

    public PsychologistSession(Student student, SessionRecord record, String author) {
        this.student = student;
        this.sessionDate = record.date();
        this.kind = record.kind();
        this.durationMinutes = record.durationMinutes();
        this.riskLevel = record.riskLevel();
        if (!record.indicators().isEmpty()) {
            this.indicators = EnumSet.copyOf(record.indicators());
        }
        this.confidentialNote = record.confidentialNote();
        this.followUpDate = record.followUpDate();
        this.author = author;
        this.recordedAt = Instant.now();
    }

    /** Adds to the note without touching it; the caller persists the addendum it returns. */
    public SessionAddendum append(String text, String author, Instant at) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("addendum.text.required");
        }
        SessionAddendum addendum = new SessionAddendum(this, text.strip(), Objects.requireNonNull(author, "author"), at);
        addenda.add(addendum);
        return addendum;
    }

    public List<SessionAddendum> getAddenda() {
        return Collections.unmodifiableList(addenda);
    }

    public Long getId() {
        return id;
    }

    public Student getStudent() {
        return student;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public SessionKind getKind() {
        return kind;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public Level getRiskLevel() {
        return riskLevel;
    }

    public Set<RiskIndicator> getIndicators() {
        return Collections.unmodifiableSet(indicators);
    }

    public String getConfidentialNote() {
        return confidentialNote;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public String getAuthor() {
        return author;
    }
}
