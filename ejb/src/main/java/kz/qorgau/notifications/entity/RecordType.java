package kz.qorgau.notifications.entity;

/** What a notification is about, and where its link leads, relative to the server's public address. */
public enum RecordType {
    CASE("/ui/case.xhtml?id="),
    PRESCRIPTION("/ui/safety.xhtml?schoolId=");

    private final String link;

    RecordType(String link) {
        this.link = link;
    }

    /** @param linkId the record's id for a case; the school's for a prescription, shown among the school's */
    public String link(String publicUrl, long linkId) {
        return publicUrl + link + linkId;
    }
}
