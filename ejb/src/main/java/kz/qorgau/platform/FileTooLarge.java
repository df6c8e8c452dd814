package kz.qorgau.platform;

/** An uploaded file is larger than a limit the server sets (bytes, unpacked bytes, rows); the message states it. */
public class FileTooLarge extends QorgauException {

    public FileTooLarge(long limitMegabytes) {
        this("import.file.too-large", limitMegabytes);
    }

    /** For other limits, or files other than imports, whose message says what the limit is. */
    public FileTooLarge(String messageKey, long limit) {
        super(messageKey, limit);
    }
}
