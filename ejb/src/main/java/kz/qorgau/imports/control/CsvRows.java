package kz.qorgau.imports.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import kz.qorgau.platform.InvalidInput;

/**
 * CSV in UTF-8, line by line. The separator is a comma, or a semicolon when the header uses semicolons (as Excel
 * writes CSV in Russian and Kazakh settings). Double quotes enclose a cell holding the separator.
 */
final class CsvRows implements RowSource {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final List<String> columns;
    private final int maxRows;

    /** @param columns the names the header row must use */
    CsvRows(List<String> columns) {
        this(columns, MAX_ROWS);
    }

    CsvRows(List<String> columns, int maxRows) {
        this.columns = columns;
        this.maxRows = maxRows;
    }

    @Override
    public void read(Path file, Consumer<SheetRow> rows) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String first = in.readLine();
            if (first == null || first.isBlank()) {
                throw new InvalidInput("import.file.no-header", String.join(", ", columns));
            }
            if (first.charAt(0) == BYTE_ORDER_MARK) {
                first = first.substring(1);
            }
            char separator = first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
            Header header = Header.of(columns, split(first, separator));
            int number = 1;
            int data = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (!line.isBlank()) {
                    if (++data > maxRows) {
                        throw RowSource.tooManyRows(maxRows);
                    }
                    rows.accept(header.row(number, split(line, separator)));
                }
            }
            if (data == 0) {
                throw new InvalidInput("import.file.no-rows");
            }
        } catch (CharacterCodingException e) {
            throw new InvalidInput("import.file.not-utf8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
