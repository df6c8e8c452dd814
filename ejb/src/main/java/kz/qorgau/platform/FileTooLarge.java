package kz.qorgau.platform;

/** An uploaded file is larger than the limit the server accepts; the message states the limit. */
public class FileTooLarge extends QorgauException {

    public FileTooLarge(long limitMegabytes) {
        super("import.file.too-large", limitMegabytes);
    }
}
