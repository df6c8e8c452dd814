package kz.qorgau.imports.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.qorgau.platform.InvalidInput;

/**
 * The header row: exactly the import's columns, in any order. Anything else is a wrong file rather than a wrong
 * row, and is refused as a whole.
 */
final class Header {

    private final int[] positions;

    private Header(int[] positions) {
        this.positions = positions;
    }

    /**
     * @param columns the names the import expects, in the order its rows are handed on
     * @throws InvalidInput naming the expected and the found columns
     */
    static Header of(List<String> columns, List<String> names) {
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).strip();
            if (!name.isEmpty() && (!columns.contains(name) || found.put(name, i) != null)) {
                throw wrong(columns, names);
            }
        }
        if (found.size() != columns.size()) {
            throw wrong(columns, names);
        }
        return new Header(columns.stream().mapToInt(found::get).toArray());
    }

    SheetRow row(int number, List<String> cells) {
        List<String> values = new ArrayList<>(positions.length);
        for (int position : positions) {
            values.add(position < cells.size() ? cells.get(position) : "");
        }
        return new SheetRow(number, values);
    }

    private static InvalidInput wrong(List<String> columns, List<String> names) {
        String found = names.stream().map(n -> n == null ? "" : n.strip()).collect(Collectors.joining(", "));
        return new InvalidInput("import.file.header", String.join(", ", columns),
                found.length() > 200 ? found.substring(0, 200) : found);
    }
}
