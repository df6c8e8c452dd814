package kz.qorgau.students.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

import kz.qorgau.platform.InvalidInput;

/**
 * An individual identification number (ЖСН / ИИН): twelve digits, of which the first six are the birth date
 * (YYMMDD), the seventh gives century and sex, and the twelfth is a check digit computed with the first weight
 * series 1..11 and, when that gives 10, with the second series 3..11,1,2. A number whose second sum also gives 10
 * is never issued.
 */
public final class Iin {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private final String digits;
    private final LocalDate birthDate;
    private final Sex sex;

    private Iin(String digits, LocalDate birthDate, Sex sex) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /** @throws InvalidInput naming what is wrong with the number, so that a person can correct it */
    public static Iin parse(String text) {
        if (text == null || !text.matches("\\d{12}")) {
            throw new InvalidInput("iin.format", text);
        }
        int centuryAndSex = text.charAt(6) - '0';
        if (centuryAndSex < 1 || centuryAndSex > 6) {
            throw new InvalidInput("iin.century", text);
        }
        int century = 1800 + 100 * ((centuryAndSex - 1) / 2);
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(century + Integer.parseInt(text.substring(0, 2)),
                    Integer.parseInt(text.substring(2, 4)), Integer.parseInt(text.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new InvalidInput("iin.date", text);
        }
        if (checkDigit(text) != text.charAt(11) - '0') {
            throw new InvalidInput("iin.check-digit", text);
        }
        return new Iin(text, birthDate, centuryAndSex % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    /**
     * The number a person born on {@code birthDate} of {@code sex} gets with the given serial (digits 8 to 11),
     * or with the next serial whose check digit exists.
     */
    public static Iin issue(LocalDate birthDate, Sex sex, int serial) {
        int centuryAndSex = (birthDate.getYear() - 1800) / 100 * 2 + (sex == Sex.MALE ? 1 : 2);
        for (int s = serial; s < serial + 10_000; s++) {
            String eleven = String.format("%02d%02d%02d%d%04d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                    birthDate.getDayOfMonth(), centuryAndSex, s % 10_000);
            int check = checkDigit(eleven);
            if (check >= 0) {
                return parse(eleven + check);
            }
        }
        throw new IllegalArgumentException("no serial from " + serial + " gives a valid IIN");
    }

    /** The check digit for the first eleven digits, or -1 when no check digit can make the number valid. */
    static int checkDigit(String digits) {
        int first = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (first != 10) {
            return first;
        }
        int second = weightedSum(digits, SECOND_WEIGHTS) % 11;
        return second == 10 ? -1 : second;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    public String digits() {
        return digits;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iin other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
