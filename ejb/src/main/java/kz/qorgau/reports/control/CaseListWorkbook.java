package kz.qorgau.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import kz.qorgau.cases.control.CaseRow;
import kz.qorgau.platform.Messages;

/**
 * The case list as an Excel workbook an ombudsman can open: headings in the reader's language, a frozen header row
 * with filters, dates as real date cells. Streams, so memory does not grow with the number of rows.
 */
public final class CaseListWorkbook {

    private static final String[] COLUMNS = {"case", "iin", "student", "school-id", "school", "level", "status",
            "opened", "first-contact-due", "rules", "assignees"};
    private static final int[] WIDTHS = {10, 15, 34, 10, 40, 12, 14, 18, 18, 16, 34};

    private final Locale locale;
    private final ZoneId zone;

    public CaseListWorkbook(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    public void write(List<CaseRow> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet(Messages.text(locale, "report.cases.sheet"));
            CellStyle header = headerStyle(workbook);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            TextCells text = new TextCells(quoted);

            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                var cell = head.createCell(i);
                cell.setCellValue(Messages.text(locale, "report.cases.column." + COLUMNS[i]));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 1;
            for (CaseRow row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.caseId());
                text.write(line.createCell(1), row.iin());
                text.write(line.createCell(2), row.studentName());
                line.createCell(3).setCellValue(row.schoolId());
                text.write(line.createCell(4), row.schoolName());
                text.write(line.createCell(5), Messages.text(locale, "level." + row.level()));
                text.write(line.createCell(6), Messages.text(locale, "status." + row.status()));
                dateCell(line, 7, row.openedAt(), date);
                dateCell(line, 8, row.firstContactDue(), date);
                text.write(line.createCell(9), row.rules());
                text.write(line.createCell(10), row.assignees());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.length - 1));
            workbook.write(out);
        }
    }

    private void dateCell(Row line, int column, Instant value, CellStyle style) {
        var cell = line.createCell(column);
        if (value != null) {
            cell.setCellValue(LocalDateTime.ofInstant(value, zone));
            cell.setCellStyle(style);
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }
}
