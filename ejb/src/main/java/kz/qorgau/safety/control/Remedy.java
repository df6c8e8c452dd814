package kz.qorgau.safety.control;

import jakarta.validation.constraints.Size;

/** What the school did about a prescription; the note may be left out when evidence is attached. */
public record Remedy(@Size(max = 2000, message = "{field.too-long}") String note) {
}
