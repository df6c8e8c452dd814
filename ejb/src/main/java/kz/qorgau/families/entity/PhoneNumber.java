package kz.qorgau.families.entity;

import kz.qorgau.platform.InvalidInput;

/**
 * A Kazakh phone number, kept as {@code +7} and ten digits. People write it with spaces, dashes and brackets
 * ({@code +7 (701) 123-45-67}); those are dropped, so that the same number is always stored and found the same way.
 */
public record PhoneNumber(String digits) {

    private static final String NORMAL_FORM = "\\+7\\d{10}";

    public PhoneNumber {
        if (digits == null || !digits.matches(NORMAL_FORM)) {
            throw new InvalidInput("phone.format", digits);
        }
    }

    /** @throws InvalidInput saying what a Kazakh number looks like, so that a person can correct it */
    public static PhoneNumber parse(String text) {
        if (text == null) {
            throw new InvalidInput("phone.format", text);
        }
        String compact = text.strip().replaceAll("[\\s()-]", "");
        if (!compact.matches(NORMAL_FORM)) {
            throw new InvalidInput("phone.format", text.strip());
        }
        return new PhoneNumber(compact);
    }

    @Override
    public String toString() {
        return digits;
    }
}
