package kz.qorgau.duplicates.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

import kz.qorgau.students.entity.PersonName;

/**
 * Whether two names are likely one child's, spelt in Kazakh, Russian or Latin letters (docs/PRODUCT.md, "One child,
 * one record"). Each name becomes a key in plain Latin letters: a table for the Cyrillic letters (Kazakh ә ғ қ ң ө ұ
 * ү һ і among them), then the Latin spellings of a sound are folded into one (zh, j and dzh; kh and h; q and k; y and
 * i; doubled letters), so that Нұрланов, Нурланов, Nurlanov and Nūrlanov meet. Keys then may differ by a slip of the
 * keyboard: the edit distance allowed grows with the length of the name.
 */
public final class NameSpellings {

    /** Cyrillic letters, Kazakh and Russian, as passports and the Kazakh Latin alphabets spell them. */
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('ә', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ғ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('қ', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('ң', "ng"), Map.entry('о', "o"),
            Map.entry('ө', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ұ', "u"), Map.entry('ү', "u"), Map.entry('ф', "f"), Map.entry('х', "h"),
            Map.entry('һ', "h"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "sh"),
            Map.entry('ъ', ""), Map.entry('ы', "i"), Map.entry('і', "i"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "iu"), Map.entry('я', "ia"));

    /**
     * Latin letters whose marks carry a sound the plain letter lacks (Kazakh Latin of 2021 ş, ç; Turkish-style ı),
     * and the apostrophes of the Kazakh Latin of 2017 (s', c'), before the other marks are dropped.
     */
    private static final Map<String, String> MARKED = Map.of("ş", "sh", "ç", "ch", "ı", "i", "s'", "sh", "c'", "ch",
            "s’", "sh", "c’", "ch");

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

    /** A name's surname and given name folded once, for a file compared with many others. */
    public record Folded(String last, String first) {

        public static Folded of(PersonName name) {
            return new Folded(key(name.lastName()), key(name.firstName()));
        }
    }

    private NameSpellings() {
    }

    /** Surname and given name match, in either order; the patronymic, often left out, is not compared. */
    public static boolean likelySame(PersonName a, PersonName b) {
        return likelySame(Folded.of(a), Folded.of(b));
    }

    public static boolean likelySame(Folded a, Folded b) {
        return close(a.last(), b.last()) && close(a.first(), b.first())
                || close(a.last(), b.first()) && close(a.first(), b.last());
    }

    /** The name in folded Latin letters: {@code Жансая} and {@code Zhansaya} both become {@code jansaia}. */
    public static String key(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length() + 4);
        for (char c : lower.toCharArray()) {
            latin.append(CYRILLIC.getOrDefault(c, String.valueOf(c)));
        }
        String marked = latin.toString();
        for (Map.Entry<String, String> m : MARKED.entrySet()) {
            marked = marked.replace(m.getKey(), m.getValue());
        }
        String plain = NOT_A_LETTER.matcher(Normalizer.normalize(marked, Normalizer.Form.NFD)).replaceAll("");
        String folded = plain.replace("dzh", "j").replace("zh", "j").replace("dj", "j")
                .replace("kh", "h").replace("gh", "g").replace("ng", "n")
                .replace('q', 'k').replace("x", "ks").replace('w', 'u').replace('y', 'i');
        return DOUBLED.matcher(folded).replaceAll("$1");
    }

    /** Up to four letters must agree; a longer name may differ by one slip, one of nine or more by two. */
    static boolean close(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        int allowed = longer <= 4 ? 0 : longer <= 8 ? 1 : 2;
        return !a.isEmpty() && (a.equals(b) || allowed > 0 && DISTANCE.apply(a, b) <= allowed);
    }
}
