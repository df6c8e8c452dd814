package kz.qorgau.cases.entity;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** A person's note that a reason tells the people of the case nothing new. */
@Embeddable
public record KnownMark(String knownNote, String knownBy, Instant knownAt) {
}
