package kz.qorgau.imports.control;

import java.util.List;

/**
 * What an import did with a file: how many rows it read, accepted and rejected, whether it applied them, a note
 * saying why in the caller's language, and the rejected rows (the first {@value Tally#LISTED_REJECTIONS}).
 */
public record ImportReport(String fileName, String sha256, String mode, int rowsRead, int accepted, int rejected,
                           boolean applied, int rowsApplied, String note, List<RejectedRow> rejectedRows,
                           boolean rejectedRowsTruncated) {

    public record RejectedRow(int row, String column, String value, String reason) {
    }
}
