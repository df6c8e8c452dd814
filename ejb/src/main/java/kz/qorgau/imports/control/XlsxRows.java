package kz.qorgau.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import kz.qorgau.platform.InvalidInput;

/**
 * The first sheet of an XLSX workbook, read with POI's streaming SAX reader: the sheet is never held in memory,
 * only the shared strings. Dates come out as YYYY-MM-DD and numbers in full (an IIN typed as a number stays
 * twelve digits, not 1.10413E+11).
 */
final class XlsxRows implements RowSource {

    private final List<String> columns;

    /** @param columns the names the header row must use */
    XlsxRows(List<String> columns) {
        this.columns = columns;
    }

    @Override
    public void read(Path file, Consumer<SheetRow> rows) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInput("import.file.no-header", String.join(", ", columns));
            }
            Collector collector = new Collector(columns, rows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), collector, new PlainValues(), false));
                parser.parse(new InputSource(sheet));
            }
            collector.finish();
        } catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException
                 | OpenXML4JRuntimeException | POIXMLException | UnsupportedFileFormatException e) {
            throw new InvalidInput("import.file.xlsx-unreadable");
        }
    }

    /** Rows of cells by column position; the first row is the header. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<String> columns;
        private final Consumer<SheetRow> rows;
        private final List<String> cells = new ArrayList<>();
        private Header header;
        private int data;

        Collector(List<String> columns, Consumer<SheetRow> rows) {
            this.columns = columns;
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value);
        }

        @Override
        public void endRow(int rowNum) {
            if (header == null) {
                header = Header.of(columns, cells);
            } else if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                data++;
                rows.accept(header.row(rowNum + 1, cells));
            }
        }

        void finish() {
            if (header == null) {
                throw new InvalidInput("import.file.no-header", String.join(", ", columns));
            }
            if (data == 0) {
                throw new InvalidInput("import.file.no-rows");
            }
        }
    }

    /** Cell values as the import reads them, whatever display format the school's spreadsheet gave the cell. */
    private static final class PlainValues extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
