package kz.qorgau.platform;

/** An uploaded file is larger than the limit the server accepts; the message states the limit. */
public class FileTooLarge extends QorgauException {

    public FileTooLarge(long limitMegabytes) {
        this("import.file.too-large", limitMegabytes);
    }

    /** For files other than imports, whose message says what the file is for. */
    public FileTooLarge(String messageKey, long limitMegabytes) {
        super(messageKey, limitMegabytes);
    }
}
