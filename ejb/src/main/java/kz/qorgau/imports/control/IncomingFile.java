package kz.qorgau.imports.control;

import java.io.InputStream;

/**
 * A file as it arrives, not yet read: an import receives it only once the container let the caller in, so that the
 * upload of a caller who may not import is never read.
 *
 * @param declaredLength the Content-Length, if the client sent one
 */
public record IncomingFile(InputStream body, String fileName, UploadFormat format, Long declaredLength) {

    /** @see Upload#receive(InputStream, String, UploadFormat, Long) */
    Upload receive() {
        return Upload.receive(body, fileName, format, declaredLength);
    }
}
