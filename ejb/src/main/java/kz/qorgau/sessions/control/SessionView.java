package kz.qorgau.sessions.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.RiskIndicator;
import kz.qorgau.sessions.entity.PsychologistSession;
import kz.qorgau.sessions.entity.SessionKind;

/**
 * A session as one caller may see it: everyone who sees the student sees that it happened and its risk; only the
 * psychologists of the student's school and the author see the note and the text of its addenda
 * ({@code noteWithheld} tells the others why they are empty). Everyone sees how many addenda there are, by whom
 * and when, so that nobody mistakes a corrected note for the whole story.
 */
public record SessionView(long id, long studentId, LocalDate date, SessionKind kind, Integer durationMinutes,
                          Level riskLevel, Set<RiskIndicator> indicators, LocalDate followUpDate, String author,
                          String confidentialNote, boolean noteWithheld, List<AddendumView> addenda)
                          implements Serializable {

    static SessionView of(PsychologistSession s, boolean mayReadNote) {
        return new SessionView(s.getId(), s.getStudent().getId(), s.getSessionDate(), s.getKind(),
                s.getDurationMinutes(), s.getRiskLevel(), Set.copyOf(s.getIndicators()), s.getFollowUpDate(),
                s.getAuthor(), mayReadNote ? s.getConfidentialNote() : null, !mayReadNote,
                s.getAddenda().stream().map(a -> AddendumView.of(a, mayReadNote)).toList());
    }
}
