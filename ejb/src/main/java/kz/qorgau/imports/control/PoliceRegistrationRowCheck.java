package kz.qorgau.imports.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kz.qorgau.platform.InvalidInput;
import kz.qorgau.police.control.NewPoliceRegistration;
import kz.qorgau.police.entity.PoliceRegistration;
import kz.qorgau.police.entity.RegistrationReason;
import kz.qorgau.students.entity.Iin;

/**
 * The checks every row of a police-registrations file passes before anything is stored, in the order a person
 * fixes them: the IIN, the student, the reason, the dates, the basis document, the student's age, and last whether
 * the student is already on the register or in an earlier row. They are the checks of a registration made through
 * the API, so that a file cannot put on the register what the form would refuse. The students and their active
 * registrations come as maps, loaded once, so a row costs no query.
 */
public final class PoliceRegistrationRowCheck {

    /** As {@link NewPoliceRegistration} allows. */
    private static final int LONGEST_BASIS_DOCUMENT = 50;
    private static final int LONGEST_NOTE = 4000;
    private static final String REASONS = Arrays.stream(RegistrationReason.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    /** A student of the caller's jurisdiction, with what the age check needs. */
    public record Pupil(long id, LocalDate birthDate) {
    }

    private final LocalDate today;
    private final StudentsByIin<Pupil> students;
    private final Map<Long, LocalDate> activeSince;
    private final Map<Long, Integer> seen = new HashMap<>();

    /**
     * @param students    the students, by IIN, of the schools within the caller's jurisdiction
     * @param activeSince the registration date of each of those students' active registration, by student id
     */
    public PoliceRegistrationRowCheck(LocalDate today, StudentsByIin<Pupil> students,
                                      Map<Long, LocalDate> activeSince) {
        this.today = today;
        this.students = students;
        this.activeSince = activeSince;
    }

    public RowOutcome check(SheetRow row) {
        Rejection missing = Cells.missing(row, PoliceRegistrationColumn.IIN, PoliceRegistrationColumn.REASON,
                PoliceRegistrationColumn.REGISTERED_ON, PoliceRegistrationColumn.REVIEW_ON,
                PoliceRegistrationColumn.BASIS_DOCUMENT);
        if (missing != null) {
            return missing;
        }
        String iinText = PoliceRegistrationColumn.IIN.of(row);
        String reasonText = PoliceRegistrationColumn.REASON.of(row);
        String registeredText = PoliceRegistrationColumn.REGISTERED_ON.of(row);
        String reviewText = PoliceRegistrationColumn.REVIEW_ON.of(row);
        String basisDocument = PoliceRegistrationColumn.BASIS_DOCUMENT.of(row);
        String note = PoliceRegistrationColumn.NOTE.of(row);
        Iin iin;
        try {
            iin = Iin.parse(iinText);
        } catch (InvalidInput e) {
            return Rejection.of(row, PoliceRegistrationColumn.IIN, iinText, e.messageKey(), e.arguments());
        }
        Rejection mergedAway = students.refusalIfMergedAway(row, PoliceRegistrationColumn.IIN, iinText, iin);
        if (mergedAway != null) {
            return mergedAway;
        }
        Pupil student = students.get(iin);
        if (student == null) {
            return Rejection.of(row, PoliceRegistrationColumn.IIN, iinText, "police.import.student-unknown", iinText);
        }
        RegistrationReason reason = reason(reasonText);
        if (reason == null) {
            return Rejection.of(row, PoliceRegistrationColumn.REASON, reasonText, "police.import.reason-unknown",
                    reasonText, REASONS);
        }
        LocalDate registeredOn = Cells.date(registeredText);
        if (registeredOn == null) {
            return Rejection.of(row, PoliceRegistrationColumn.REGISTERED_ON, registeredText, "import.row.date-format",
                    registeredText);
        }
        if (registeredOn.isAfter(today)) {
            return Rejection.of(row, PoliceRegistrationColumn.REGISTERED_ON, registeredText, "import.row.date-future",
                    registeredText);
        }
        LocalDate reviewOn = Cells.date(reviewText);
        if (reviewOn == null) {
            return Rejection.of(row, PoliceRegistrationColumn.REVIEW_ON, reviewText, "import.row.date-format",
                    reviewText);
        }
        if (reviewOn.isBefore(registeredOn)) {
            return Rejection.of(row, PoliceRegistrationColumn.REVIEW_ON, reviewText,
                    "police.import.review-before-registration", reviewText, registeredText);
        }
        if (basisDocument.length() > LONGEST_BASIS_DOCUMENT) {
            return Rejection.of(row, PoliceRegistrationColumn.BASIS_DOCUMENT, basisDocument, "police.import.too-long",
                    String.valueOf(LONGEST_BASIS_DOCUMENT));
        }
        if (note.length() > LONGEST_NOTE) {
            return Rejection.of(row, PoliceRegistrationColumn.NOTE, note, "police.import.too-long",
                    String.valueOf(LONGEST_NOTE));
        }
        LocalDate comingOfAge = student.birthDate().plusYears(PoliceRegistration.AGE_OF_MAJORITY);
        if (!registeredOn.isBefore(comingOfAge)) {
            return Rejection.of(row, PoliceRegistrationColumn.REGISTERED_ON, registeredText, "police.import.adult",
                    registeredText, comingOfAge.toString());
        }
        LocalDate since = activeSince.get(student.id());
        if (since != null) {
            return Rejection.of(row, PoliceRegistrationColumn.IIN, iinText, "police.import.already-registered",
                    since.toString());
        }
        Integer earlier = seen.putIfAbsent(student.id(), row.number());
        if (earlier != null) {
            return Rejection.of(row, PoliceRegistrationColumn.IIN, iinText, "police.import.duplicate",
                    String.valueOf(earlier));
        }
        return new PoliceRegistrationRow(student.id(), new NewPoliceRegistration(reason, registeredOn, reviewOn,
                basisDocument, note.isEmpty() ? null : note));
    }

    /** A reason category by its name, in any letter case; null for anything else. */
    private static RegistrationReason reason(String text) {
        try {
            return RegistrationReason.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
