package kz.qorgau.earlywarning.rules;

/**
 * The numbers in the catalogue that experts tune. They are a fact, not constants in the DRL, so that a new
 * threshold version needs no new build of the rules.
 */
public class Thresholds {

    private final int ew01WindowDays;
    private final int ew04MinIncidents;
    private final int ew04WindowDays;

    public Thresholds(int ew01WindowDays, int ew04MinIncidents, int ew04WindowDays) {
        this.ew01WindowDays = ew01WindowDays;
        this.ew04MinIncidents = ew04MinIncidents;
        this.ew04WindowDays = ew04WindowDays;
    }

    /** The values of the catalogue in DESIGN.md. */
    public static Thresholds catalogue() {
        return new Thresholds(30, 3, 30);
    }

    public int getEw01WindowDays() {
        return ew01WindowDays;
    }

    public int getEw04MinIncidents() {
        return ew04MinIncidents;
    }

    public int getEw04WindowDays() {
        return ew04WindowDays;
    }

    /** How far back any rule looks, so that callers load no older signals than needed. */
    public int longestWindowDays() {
        return Math.max(ew01WindowDays, ew04WindowDays);
    }
}
