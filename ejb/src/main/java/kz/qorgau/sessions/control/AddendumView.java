package kz.qorgau.sessions.control;

import java.io.Serializable;
import java.time.Instant;

import kz.qorgau.sessions.entity.SessionAddendum;

/** An addendum as one caller may see it: who wrote it and when, and the text only for those who read the note. */
public record AddendumView(long id, String author, Instant writtenAt, String text) implements Serializable {

    static AddendumView of(SessionAddendum a, boolean mayReadNote) {
        return new AddendumView(a.getId(), a.getAuthor(), a.getWrittenAt(), mayReadNote ? a.getText() : null);
    }
}
