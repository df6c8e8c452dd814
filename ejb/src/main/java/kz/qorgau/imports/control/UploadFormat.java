package kz.qorgau.imports.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats an import reads, by the media type the client sends. */
public enum UploadFormat {
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    UploadFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format of a Content-Type header, parameters such as {@code charset} aside. */
    public static Optional<UploadFormat> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** @param columns the names the header row must use */
    RowSource rows(List<String> columns) {
        return this == CSV ? new CsvRows(columns) : new XlsxRows(columns);
    }
}
