package kz.qorgau.reports.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small-count suppression that holds against arithmetic, as statistical offices do it: every count from 1 to 4 is
 * withheld (primary), and then, greedily, further counts (secondary, never zero and never small) until no withheld
 * count can be worked out exactly from what the workbook shows. What the workbook shows is modelled as relations
 * between its counts: a column adding up to its total, a breakdown on one sheet adding up to a figure on another, the
 * same figure on two sheets. A reader who knows them knows a primary count lies in 1..4 and a secondary one is at
 * least 5; bounds are tightened over all relations, then each withheld count is probed value by value, and a count
 * with a single possible value gets a complement: the smallest shown count of one of its relations.
 */
final class Suppression {

    static final long UNBOUNDED = Long.MAX_VALUE / 8;
    /** Probing tries this many values at either end of a range; a wider range cannot be narrowed to one anyway. */
    private static final int PROBES = 40;
    /** A bound on one propagation: stopping early only leaves ranges wider, never wrong. */
    private static final int MAX_STEPS = 200_000;

    /** What the reader sees of a count. */
    enum State {
        SHOWN, PRIMARY, SECONDARY
    }

    /** One count of the workbook. */
    static final class Cell {
        final long value;
        State state = State.SHOWN;

        Cell(long value) {
            this.value = value;
        }

        boolean withheld() {
            return state != State.SHOWN;
        }
    }

    /** {@code sum(parts) = whole}, or {@code sum(parts) >= whole} where a thing may count in several parts. */
    record Relation(List<Cell> parts, Cell whole, boolean exact) {

        List<Cell> members() {
            List<Cell> members = new ArrayList<>(parts);
            members.add(whole);
            return members;
        }
    }

    private final List<Cell> cells = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    Cell cell(long value) {
        Cell cell = new Cell(value);
        cells.add(cell);
        return cell;
    }

    /**
     * Parts adding up to a whole: exactly where their sum is the whole; at least where it is more (a child counted
     * under two rules); no relation where it is less, which would be no breakdown of the whole at all.
     */
    void relate(Collection<Cell> parts, Cell whole) {
        long sum = parts.stream().mapToLong(c -> c.value).sum();
        if (sum >= whole.value && !parts.isEmpty()) {
            relations.add(new Relation(List.copyOf(parts), whole, sum == whole.value));
        }
    }

    /** How many counts from 1 to 4 were withheld, once {@link #apply} has run. */
    long primary() {
        return cells.stream().filter(c -> c.state == State.PRIMARY).count();
    }

    /** Counts withheld: primary first, then secondary; returns how many secondary ones were needed. */
    int apply() {
        for (Cell cell : cells) {
            if (cell.value > 0 && cell.value < 5) {
                cell.state = State.PRIMARY;
            }
        }
        Map<Cell, List<Relation>> around = new IdentityHashMap<>();
        for (Relation relation : relations) {
            for (Cell member : relation.members()) {
                around.computeIfAbsent(member, c -> new ArrayList<>()).add(relation);
            }
        }
        int secondary = 0;
        while (true) {
            Bounds bounds = new Bounds(cells, relations);
            List<Cell> withheld = cells.stream().filter(Cell::withheld).toList();
            Set<Cell> added = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Cell cell : withheld) {
                // One complement per relation and pass: a second one may not be needed once the first is there.
                List<Relation> mine = around.getOrDefault(cell, List.of());
                if (mine.stream().noneMatch(r -> r.members().stream().anyMatch(added::contains))
                        && bounds.pinned(cell)) {
                    Cell complement = complement(mine);
                    if (complement != null) {
                        complement.state = State.SECONDARY;
                        added.add(complement);
                    }
                }
            }
            if (added.isEmpty()) {
                // None pinned, or a pinned one's relations are all withheld or zero already: nothing more to do.
                return secondary;
            }
            secondary += added.size();
        }
    }

    /** The smallest count shown in the relations of a pinned one: withholding it costs the reader least. */
    private static Cell complement(List<Relation> around) {
        Cell best = null;
        for (Relation relation : around) {
            for (Cell cell : relation.members()) {
                if (!cell.withheld() && cell.value >= 5 && (best == null || cell.value < best.value)) {
                    best = cell;
                }
            }
        }
        return best;
    }

    /**
     * What a reader can know of each count: a lower and an upper bound, tightened over the relations until nothing
     * changes. A trial value is propagated from its cell through the relations it touches and then undone.
     */
    static final class Bounds {
        private final Map<Cell, Integer> index = new IdentityHashMap<>();
        private final long[] low;
        private final long[] high;
        private final int[][] parts;
        private final int[] wholes;
        private final boolean[] exact;
        private final List<List<Integer>> touching = new ArrayList<>();
        private final List<long[]> undo = new ArrayList<>();
        private boolean trial;

        Bounds(List<Cell> cells, List<Relation> relations) {
            low = new long[cells.size()];
            high = new long[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                index.put(cell, i);
                touching.add(new ArrayList<>());
                low[i] = switch (cell.state) {
                    case SHOWN -> cell.value;
                    case PRIMARY -> 1;
                    case SECONDARY -> 5;
                };
                high[i] = switch (cell.state) {
                    case SHOWN -> cell.value;
                    case PRIMARY -> 4;
                    case SECONDARY -> UNBOUNDED;
                };
            }
            parts = new int[relations.size()][];
            wholes = new int[relations.size()];
            exact = new boolean[relations.size()];
            for (int r = 0; r < relations.size(); r++) {
                Relation relation = relations.get(r);
                parts[r] = relation.parts().stream().mapToInt(index::get).toArray();
                wholes[r] = index.get(relation.whole());
                exact[r] = relation.exact();
                for (int p : parts[r]) {
                    touching.get(p).add(r);
                }
                touching.get(wholes[r]).add(r);
            }
            ArrayDeque<Integer> all = new ArrayDeque<>();
            for (int r = 0; r < relations.size(); r++) {
                all.add(r);
            }
            propagate(all);
        }

        /** True when only one value of the cell agrees with everything shown. */
        boolean pinned(Cell cell) {
            int i = index.get(cell);
            long from = low[i];
            long to = high[i];
            for (int n = 0; n < PROBES && from < to && !feasible(i, from); n++) {
                from++;
            }
            for (int n = 0; n < PROBES && from < to && !feasible(i, to); n++) {
                to--;
            }
            return from == to;
        }

        private boolean feasible(int i, long value) {
            trial = true;
            undo.clear();
            set(i, value, value);
            boolean feasible = propagate(new ArrayDeque<>(touching.get(i)));
            for (int n = undo.size() - 1; n >= 0; n--) {
                long[] saved = undo.get(n);
                low[(int) saved[0]] = saved[1];
                high[(int) saved[0]] = saved[2];
            }
            trial = false;
            return feasible;
        }

        private void set(int i, long newLow, long newHigh) {
            if (trial) {
                undo.add(new long[] {i, low[i], high[i]});
            }
            low[i] = newLow;
            high[i] = newHigh;
        }

        /** Narrows the ranges from the given relations on; false when some range becomes empty. */
        private boolean propagate(ArrayDeque<Integer> queue) {
            boolean[] queued = new boolean[parts.length];
            queue.forEach(r -> queued[r] = true);
            for (int steps = 0; !queue.isEmpty() && steps < MAX_STEPS; steps++) {
                int r = queue.poll();
                queued[r] = false;
                long lowSum = 0;
                long highSum = 0;
                int unbounded = 0;
                for (int p : parts[r]) {
                    lowSum += low[p];
                    if (high[p] >= UNBOUNDED) {
                        unbounded++;
                    } else {
                        highSum += high[p];
                    }
                }
                int w = wholes[r];
                List<Integer> changed = new ArrayList<>();
                if (unbounded == 0 && highSum < high[w]) {
                    narrow(w, low[w], highSum, changed);
                }
                if (exact[r] && lowSum > low[w]) {
                    narrow(w, lowSum, high[w], changed);
                }
                for (int p : parts[r]) {
                    boolean own = high[p] >= UNBOUNDED;
                    if (unbounded - (own ? 1 : 0) == 0) {
                        long others = highSum - (own ? 0 : high[p]);
                        if (low[w] - others > low[p]) {
                            narrow(p, low[w] - others, high[p], changed);
                        }
                    }
                    if (exact[r] && high[w] < UNBOUNDED && high[w] - (lowSum - low[p]) < high[p]) {
                        narrow(p, low[p], high[w] - (lowSum - low[p]), changed);
                    }
                }
                for (int c : changed) {
                    if (low[c] > high[c]) {
                        return false;
                    }
                    for (int next : touching.get(c)) {
                        if (!queued[next]) {
                            queued[next] = true;
                            queue.add(next);
                        }
                    }
                }
            }
            return true;
        }

        private void narrow(int i, long newLow, long newHigh, List<Integer> changed) {
            set(i, newLow, newHigh);
            changed.add(i);
        }
    }
}
