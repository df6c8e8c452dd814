package kz.qorgau.duplicates.control;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * The pairs among {@code files}, each once, first before second in the list's order. Counted before any pair is
     * kept, so that a day of a thousand "Test Student" files costs a thousand counters, not half a million pairs.
     */
    static <T> List<Pair<T>> among(List<T> files, Function<T, PersonName> name) {
        List<NameSpellings.Folded> folded = files.stream().map(f -> NameSpellings.Folded.of(name.apply(f))).toList();
        int[] counts = new int[files.size()];
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                if (NameSpellings.likelySame(folded.get(i), folded.get(j))) {
                    counts[i]++;
                    counts[j]++;
                }
            }
        }
        List<Pair<T>> pairs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size() && counts[i] > 0 && counts[i] <= MAX_PER_FILE; j++) {
                if (counts[j] > 0 && counts[j] <= MAX_PER_FILE
                        && NameSpellings.likelySame(folded.get(i), folded.get(j))) {
                    pairs.add(new Pair<>(files.get(i), files.get(j)));
                }
            }
        }
        return pairs;
    }

    /** The files among {@code others} that look like {@code file}; none when more than {@link #MAX_PER_FILE} do. */
    static <T> List<T> of(T file, List<T> others, Function<T, PersonName> name) {
        NameSpellings.Folded folded = NameSpellings.Folded.of(name.apply(file));
        List<T> alike = others.stream()
                .filter(o -> NameSpellings.likelySame(folded, NameSpellings.Folded.of(name.apply(o))))
                .toList();
        return alike.size() > MAX_PER_FILE ? List.of() : alike;
    }

    record Pair<T>(T first, T second) {
    }
}
