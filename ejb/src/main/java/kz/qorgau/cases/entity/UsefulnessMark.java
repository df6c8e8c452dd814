package kz.qorgau.cases.entity;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** An assignee's judgement whether a warning was useful; the rules' precision is counted from these. */
@Embeddable
public record UsefulnessMark(Boolean useful, String usefulnessNote, String usefulnessBy, Instant usefulnessAt) {
}
