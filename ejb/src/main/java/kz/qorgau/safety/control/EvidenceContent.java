package kz.qorgau.safety.control;

/** The bytes of an attached file, for download, with the type its content showed it to be. */
public record EvidenceContent(String fileName, String mediaType, byte[] content) {

    public EvidenceContent {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
