package kz.qorgau.reports.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The workbooks of docs/PRODUCT.md section 6. Statistical ones carry no personal data and suppress small counts; the
 * case list carries personal data and goes only to the roles that work cases.
 */
public enum ReportKind {
    REGIONAL_SUMMARY("regional-summary", true),
    JUVENILE_OFFENSES("juvenile-offenses", true),
    REGISTERS("registers", true),
    STAFF_COVERAGE("staff-coverage", true),
    RULE_QUALITY("rule-quality", true),
    SCHOOL_SAFETY("school-safety", true),
    CASES("cases", false);

    private final String slug;
    private final boolean statistical;

    ReportKind(String slug, boolean statistical) {
        this.slug = slug;
        this.statistical = statistical;
    }

    public String slug() {
        return slug;
    }

    public boolean statistical() {
        return statistical;
    }

    public static Optional<ReportKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
