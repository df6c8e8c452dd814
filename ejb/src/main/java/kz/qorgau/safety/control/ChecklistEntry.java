package kz.qorgau.safety.control;

import kz.qorgau.safety.entity.ChecklistItem;
import kz.qorgau.safety.entity.Finding;

/** One item an inspection must check, with what the profile says the inspector should find. */
public record ChecklistEntry(ChecklistItem item, Finding asRecorded) {
}
