package kz.qorgau.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A reader trying to work back the withheld counts of a statistical workbook from what it shows, as the issue's
 * ombudsman did: "&lt;5" is 1..4, "x" at least 5, a column adds up to its total, a breakdown on one sheet to a figure
 * on another, the same figure on two sheets is the same. The bounds of every withheld count are tightened over all
 * of that, then each is probed value by value at both ends; a count left with one possible value is recovered.
 * Written from the workbook as POI reads it, independently of the suppression that produced it.
 */
final class WorkbookArithmetic {

    private static final long UNBOUNDED = Long.MAX_VALUE / 8;
    private static final Set<String> TOTALS = Set.of("Total", "Итого", "Барлығы");

    private final List<long[]> ranges = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<int[]> relations = new ArrayList<>();
    private final List<Boolean> exact = new ArrayList<>();
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final XSSFWorkbook book;

    WorkbookArithmetic(XSSFWorkbook book) {
        this.book = book;
    }

    /** The cell's count as a variable, or -1 where it holds no count (a word, a percentage, nothing). */
    int variable(int sheet, int row, int column) {
        String key = sheet + ":" + row + ":" + column;
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        Row r = book.getSheetAt(sheet).getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        long[] range;
        if (cell == null) {
            return -1;
        } else if (cell.getCellType() == CellType.NUMERIC) {
            range = new long[] {(long) cell.getNumericCellValue(), (long) cell.getNumericCellValue()};
        } else if ("<5".equals(cell.getStringCellValue())) {
            range = new long[] {1, 4};
        } else if ("x".equals(cell.getStringCellValue())) {
            range = new long[] {5, UNBOUNDED};
        } else {
            return -1;
        }
        index.put(key, ranges.size());
        ranges.add(range);
        names.add(book.getSheetName(sheet) + "!" + new org.apache.poi.ss.util.CellReference(row, column)
                .formatAsString());
        return ranges.size() - 1;
    }

    /** The data rows of a sheet: under the heading, above the totals row or the first empty row. */
    int[] dataRows(int sheet) {
        XSSFSheet s = book.getSheetAt(sheet);
        int last = 0;
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null || row.getCell(0) == null || TOTALS.contains(text(row.getCell(0)))) {
                break;
            }
            last = r;
        }
        int[] rows = new int[last];
        for (int r = 1; r <= last; r++) {
            rows[r - 1] = r;
        }
        return rows;
    }

    /** The totals row of a sheet, or -1. */
    int totalsRow(int sheet) {
        XSSFSheet s = book.getSheetAt(sheet);
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && row.getCell(0) != null && TOTALS.contains(text(row.getCell(0)))) {
                return r;
            }
        }
        return -1;
    }

    /** {@code sum(parts) = whole} when exact, else {@code sum(parts) >= whole}. */
    void relate(List<Integer> parts, int whole, boolean isExact) {
        if (whole < 0 || parts.isEmpty() || parts.contains(-1)) {
            return;
        }
        int[] relation = new int[parts.size() + 1];
        relation[0] = whole;
        for (int i = 0; i < parts.size(); i++) {
            relation[i + 1] = parts.get(i);
        }
        relations.add(relation);
        exact.add(isExact);
    }

    /** Every column of counts on a sheet with a totals row adds up to it. */
    void columns(int sheet, boolean isExact, int... columns) {
        int total = totalsRow(sheet);
        if (total < 0) {
            return;
        }
        for (int column : columns) {
            List<Integer> parts = new ArrayList<>();
            for (int r : dataRows(sheet)) {
                parts.add(variable(sheet, r, column));
            }
            relate(parts, variable(sheet, total, column), isExact);
        }
    }

    /** Rows of a detail sheet grouped by the texts of some columns, adding up to the matching summary row. */
    void breakdown(int detail, int[] keys, int column, int summary, int[] summaryKeys, int summaryColumn,
                   boolean isExact) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r : dataRows(detail)) {
            groups.computeIfAbsent(key(detail, r, keys), k -> new ArrayList<>()).add(variable(detail, r, column));
        }
        for (int r : dataRows(summary)) {
            List<Integer> parts = groups.get(key(summary, r, summaryKeys));
            if (parts != null) {
                relate(parts, variable(summary, r, summaryColumn), isExact);
            }
        }
    }

    /** The same figure in two places. */
    void same(int a, int b) {
        relate(List.of(a), b, true);
    }

    /** In every row, one count is part of another (incidents on school grounds, of all incidents). */
    void partOf(int sheet, int part, int whole) {
        List<Integer> rows = new ArrayList<>();
        for (int r : dataRows(sheet)) {
            rows.add(r);
        }
        if (totalsRow(sheet) > 0) {
            rows.add(totalsRow(sheet));
        }
        for (int r : rows) {
            relate(List.of(variable(sheet, r, whole)), variable(sheet, r, part), false);
        }
    }

    private String key(int sheet, int row, int[] columns) {
        StringBuilder key = new StringBuilder();
        for (int c : columns) {
            key.append(text(book.getSheetAt(sheet).getRow(row).getCell(c))).append('\u0000');
        }
        return key.toString();
    }

    /** How many counts the workbook withholds. */
    int withheld() {
        int n = 0;
        for (long[] range : ranges) {
            n += range[0] == range[1] ? 0 : 1;
        }
        return n;
    }

    /** The withheld counts that have a single possible value, by sheet and cell. */
    List<String> recovered() {
        long[][] bounds = copy(ranges);
        if (!tighten(bounds)) {
            throw new IllegalStateException("the workbook contradicts itself: a relation does not hold");
        }
        List<String> recovered = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i)[0] == ranges.get(i)[1]) {
                continue;
            }
            long low = bounds[i][0];
            long high = bounds[i][1];
            for (int n = 0; n < 40 && low < high && !feasible(bounds, i, low); n++) {
                low++;
            }
            for (int n = 0; n < 40 && low < high && !feasible(bounds, i, high); n++) {
                high--;
            }
            if (low == high) {
                recovered.add(names.get(i) + " = " + low);
            }
        }
        return recovered;
    }

    private boolean feasible(long[][] bounds, int i, long value) {
        long[][] trial = copy(List.of(bounds));
        trial[i] = new long[] {value, value};
        return tighten(trial);
    }

    private static long[][] copy(List<long[]> ranges) {
        long[][] copy = new long[ranges.size()][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = ranges.get(i).clone();
        }
        return copy;
    }

    private boolean tighten(long[][] r) {
        boolean changed = true;
        for (int round = 0; changed && round < 500; round++) {
            changed = false;
            for (int k = 0; k < relations.size(); k++) {
                int[] relation = relations.get(k);
                long[] whole = r[relation[0]];
                long low = 0;
                long finite = 0;
                int unbounded = 0;
                for (int p = 1; p < relation.length; p++) {
                    low += r[relation[p]][0];
                    if (r[relation[p]][1] >= UNBOUNDED) {
                        unbounded++;
                    } else {
                        finite += r[relation[p]][1];
                    }
                }
                long high = unbounded > 0 ? UNBOUNDED : finite;
                if (high < whole[1]) {
                    whole[1] = high;
                    changed = true;
                }
                if (exact.get(k) && low > whole[0]) {
                    whole[0] = low;
                    changed = true;
                }
                for (int p = 1; p < relation.length; p++) {
                    long[] part = r[relation[p]];
                    boolean own = part[1] >= UNBOUNDED;
                    long othersHigh = unbounded - (own ? 1 : 0) > 0 ? UNBOUNDED : finite - (own ? 0 : part[1]);
                    if (othersHigh < UNBOUNDED && whole[0] - othersHigh > part[0]) {
                        part[0] = whole[0] - othersHigh;
                        changed = true;
                    }
                    long othersLow = low - part[0];
                    if (exact.get(k) && whole[1] < UNBOUNDED && whole[1] - othersLow < part[1]) {
                        part[1] = whole[1] - othersLow;
                        changed = true;
                    }
                    if (part[0] > part[1]) {
                        return false;
                    }
                }
                if (whole[0] > whole[1]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String text(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }
}
