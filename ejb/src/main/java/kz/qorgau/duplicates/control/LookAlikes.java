package kz.qorgau.duplicates.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import kz.qorgau.students.entity.PersonName;

/**
 * Which files of children born on one day look like one child's. A file that looks like more than
 * {@link #MAX_PER_FILE} others is no evidence of anything but a common or placeholder name ("Test Student"), so none
 * of its pairs is raised: a list of dozens of candidates would be read by nobody.
 */
final class LookAlikes {

    static final int MAX_PER_FILE = 5;

    private LookAlikes() {
    }

    /** The pairs among {@code files}, each once, first before second in the list's order. */
    static <T> List<Pair<T>> among(List<T> files, Function<T, PersonName> name) {
        Map<T, Integer> counts = new HashMap<>();
        List<Pair<T>> pairs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                if (NameSpellings.likelySame(name.apply(files.get(i)), name.apply(files.get(j)))) {
                    pairs.add(new Pair<>(files.get(i), files.get(j)));
                    counts.merge(files.get(i), 1, Integer::sum);
                    counts.merge(files.get(j), 1, Integer::sum);
                }
            }
        }
        return pairs.stream()
                .filter(p -> counts.get(p.first()) <= MAX_PER_FILE && counts.get(p.second()) <= MAX_PER_FILE)
                .toList();
    }

    /** The files among {@code others} that look like {@code file}; none when more than {@link #MAX_PER_FILE} do. */
    static <T> List<T> of(T file, List<T> others, Function<T, PersonName> name) {
        List<T> alike = others.stream()
                .filter(o -> NameSpellings.likelySame(name.apply(file), name.apply(o)))
                .toList();
        return alike.size() > MAX_PER_FILE ? List.of() : alike;
    }

    record Pair<T>(T first, T second) {
    }
}
