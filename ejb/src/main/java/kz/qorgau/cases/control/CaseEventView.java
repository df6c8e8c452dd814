package kz.qorgau.cases.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import kz.qorgau.cases.entity.CaseEvent;
import kz.qorgau.cases.entity.CaseEventType;
import kz.qorgau.platform.Kazakhstan;
import kz.qorgau.platform.Messages;

/** An entry of a case's timeline: the type and arguments as stored, and the sentence in the reader's language. */
public record CaseEventView(Instant at, String actor, CaseEventType type, List<String> arguments,
                            String text) implements Serializable {

    /** The usernames an event's arguments name, for their names to be looked up. */
    static Stream<String> peopleOf(CaseEvent event) {
        List<String> stored = event.getArguments();
        List<CaseEventType.Arg> kinds = event.getType().arguments();
        return IntStream.range(0, Math.min(stored.size(), kinds.size()))
                .filter(i -> kinds.get(i) == CaseEventType.Arg.PERSON || kinds.get(i) == CaseEventType.Arg.PEOPLE)
                .mapToObj(stored::get)
                .flatMap(value -> Arrays.stream(value.split(", ")));
    }

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Kazakhstan.TIME_ZONE);

    static CaseEventView of(CaseEvent event, Locale locale) {
        return of(event, locale, Map.of());
    }

    /** @param names people's names by username; a person not in it is shown by their username */
    static CaseEventView of(CaseEvent event, Locale locale, Map<String, String> names) {
        List<String> stored = event.getArguments();
        List<CaseEventType.Arg> kinds = event.getType().arguments();
        List<String> shown = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            String prefix = kinds.get(i).keyPrefix();
            String value = stored.get(i);
            if (kinds.get(i) == CaseEventType.Arg.MOMENT && !value.isEmpty()) {
                shown.add(MOMENT.format(Instant.parse(value)));
            } else if (kinds.get(i) == CaseEventType.Arg.PERSON) {
                shown.add(names.getOrDefault(value, value));
            } else if (kinds.get(i) == CaseEventType.Arg.PEOPLE) {
                shown.add(Arrays.stream(value.split(", ")).map(u -> names.getOrDefault(u, u))
                        .collect(Collectors.joining(", ")));
            } else {
                shown.add(prefix == null || value.isEmpty() ? value : Messages.text(locale, prefix + value));
            }
        }
        return new CaseEventView(event.getOccurredAt(), event.getActor(), event.getType(), stored,
                Messages.text(locale, "case.event." + event.getType(), shown.toArray()));
    }
}
