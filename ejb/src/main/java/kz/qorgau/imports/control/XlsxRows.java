package kz.qorgau.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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

import kz.qorgau.platform.FileTooLarge;
import kz.qorgau.platform.InvalidInput;

/**
 * The first sheet of an XLSX workbook, read with POI's streaming SAX reader: the sheet is never held in memory,
 * only the shared strings. Dates come out as YYYY-MM-DD and numbers in full (an IIN typed as a number stays
 * twelve digits, not 1.10413E+11). A workbook is unpacked once, counting, before POI reads it: within the upload
 * limit a zip can hold gigabytes, and POI's own ratio check lets a hundredfold through.
 */
final class XlsxRows implements RowSource {

    /** What a workbook may unpack to: a 200,000-row roster is about 60 MB. */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    private static final long MEGABYTE = 1024 * 1024;

    private final List<String> columns;
    private final int maxRows;
    private final long maxUnpackedBytes;

    /** @param columns the names the header row must use */
    XlsxRows(List<String> columns) {
        this(columns, MAX_ROWS, MAX_UNPACKED_BYTES);
    }

    XlsxRows(List<String> columns, int maxRows, long maxUnpackedBytes) {
        this.columns = columns;
        this.maxRows = maxRows;
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    @Override
    public void read(Path file, Consumer<SheetRow> rows) {
        try {
            requireUnpacksWithinLimit(file);
        } catch (IOException e) {
            throw new InvalidInput("import.file.xlsx-unreadable");
        }
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new InvalidInput("import.file.no-header", String.join(", ", columns));
            }
            Collector collector = new Collector(columns, maxRows, rows);
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

    /** @throws FileTooLarge as soon as the entries, unpacked, add up to more than the limit */
    private void requireUnpacksWithinLimit(Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long unpacked = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                try (InputStream entry = zip.getInputStream(entries.nextElement())) {
                    for (int read = entry.read(buffer); read >= 0; read = entry.read(buffer)) {
                        unpacked += read;
                        if (unpacked > maxUnpackedBytes) {
                            throw new FileTooLarge("import.file.unpacks-too-large", maxUnpackedBytes / MEGABYTE);
                        }
                    }
                }
            }
        }
    }

    /** Rows of cells by column position; the first row is the header. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<String> columns;
        private final int maxRows;
        private final Consumer<SheetRow> rows;
        private final List<String> cells = new ArrayList<>();
        private Header header;
        private int data;

        Collector(List<String> columns, int maxRows, Consumer<SheetRow> rows) {
            this.columns = columns;
            this.maxRows = maxRows;
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
                if (++data > maxRows) {
                    throw RowSource.tooManyRows(maxRows);
                }
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
