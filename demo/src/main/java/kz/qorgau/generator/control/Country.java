package kz.qorgau.generator.control;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole country as the generator builds it: each of the 17 oblasts and 3 cities a region of its own, at its
 * share of Kazakhstan's about 3.9 million pupils. The counts are approximate (rounded to thousands): what matters to
 * the benchmark is that Turkistan is the largest and Ulytau the smallest by about the real proportions, and that the
 * country is nine times the one region of the other figures.
 */
public final class Country {

    /**
     * Each region's districts are numbered from 11 on, so that the country and the demo's users share one database:
     * the demo's own districts of Almaty (7502, 7595) and the engine benchmark's (7599) stay free.
     */
    static final int FIRST_DISTRICT = 11;

    /** Pupils per region, keyed by its KATO code (the ids of the reference data). */
    private static final Map<Long, Integer> PUPILS = pupils();

    private Country() {
    }

    /** Every region, each with a seed of its own derived from {@code seed}, so that no two regions look alike. */
    public static List<RegionSpec> regions(long seed, LocalDate referenceDate) {
        return regions(seed, referenceDate, 1.0);
    }

    /** The same at a {@code share} of each region's pupils (at least 1,000): a quick run of what the country runs. */
    public static List<RegionSpec> regions(long seed, LocalDate referenceDate, double share) {
        return PUPILS.entrySet().stream()
                .map(e -> RegionSpec.region(e.getKey(), FIRST_DISTRICT, Math.max(1_000, (int) Math.round(
                        e.getValue() * share)), seed + e.getKey(), referenceDate))
                .toList();
    }

    /** The country's pupils, the sum of the regions'. */
    public static int students() {
        return PUPILS.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<Long, Integer> pupils() {
        Map<Long, Integer> pupils = new LinkedHashMap<>();
        pupils.put(10L, 115_000);  // Abai
        pupils.put(11L, 125_000);  // Akmola
        pupils.put(15L, 185_000);  // Aktobe
        pupils.put(19L, 310_000);  // Almaty Region
        pupils.put(23L, 160_000);  // Atyrau
        pupils.put(27L, 130_000);  // West Kazakhstan
        pupils.put(31L, 245_000);  // Zhambyl
        pupils.put(33L, 130_000);  // Zhetysu
        pupils.put(35L, 210_000);  // Karaganda
        pupils.put(39L, 125_000);  // Kostanay
        pupils.put(43L, 185_000);  // Kyzylorda
        pupils.put(47L, 195_000);  // Mangystau
        pupils.put(55L, 115_000);  // Pavlodar
        pupils.put(59L, 75_000);   // North Kazakhstan
        pupils.put(61L, 520_000);  // Turkistan
        pupils.put(62L, 38_000);   // Ulytau
        pupils.put(63L, 120_000);  // East Kazakhstan
        pupils.put(71L, 290_000);  // Astana
        pupils.put(75L, 350_000);  // Almaty
        pupils.put(79L, 280_000);  // Shymkent
        return Collections.unmodifiableMap(pupils);
    }
}
