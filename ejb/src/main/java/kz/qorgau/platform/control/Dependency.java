package kz.qorgau.platform.control;

/** What the server cannot answer without. */
public enum Dependency {
    DATABASE("database"),
    IDENTITY_PROVIDER("identity-provider");

    private final String code;

    Dependency(String code) {
        this.code = code;
    }

    /** As problem types and message keys name it. */
    public String code() {
        return code;
    }
}
