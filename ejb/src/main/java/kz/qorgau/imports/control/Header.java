package kz.qorgau.imports.control;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.qorgau.platform.InvalidInput;

/**
 * The header row: exactly the columns {@code iin, scale, score, taken_on}, in any order. Anything else is a
 * wrong file rather than a wrong row, and is refused as a whole.
 */
final class Header {

    private static final String EXPECTED = Arrays.stream(Column.values()).map(Column::header)
            .collect(Collectors.joining(", "));

    private final Map<Column, Integer> positions;

    private Header(Map<Column, Integer> positions) {
        this.positions = positions;
    }

    /** @throws InvalidInput naming the expected and the found columns */
    static Header of(List<String> names) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        int named = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            named++;
            Column column = Arrays.stream(Column.values()).filter(c -> c.header().equals(name)).findFirst()
                    .orElse(null);
            if (column == null || positions.put(column, i) != null) {
                throw wrong(names);
            }
        }
        if (named != Column.values().length) {
            throw wrong(names);
        }
        return new Header(positions);
    }

    SheetRow row(int number, List<String> cells) {
        return new SheetRow(number, cell(cells, Column.IIN), cell(cells, Column.SCALE), cell(cells, Column.SCORE),
                cell(cells, Column.TAKEN_ON));
    }

    private String cell(List<String> cells, Column column) {
        int position = positions.get(column);
        return position < cells.size() ? cells.get(position) : "";
    }

    private static InvalidInput wrong(List<String> names) {
        String found = names.stream().map(n -> n == null ? "" : n.strip()).collect(Collectors.joining(", "));
        return new InvalidInput("import.file.header", EXPECTED, found.length() > 200 ? found.substring(0, 200) : found);
    }
}
