package kz.qorgau.generator.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * Issues valid IINs that no other generated region can issue: the first two of the four serial digits are the
 * region's KATO code, so region 75 issues serials 7500 to 7599 for each birth date and sex. Numbers already on
 * file are skipped, so that a second generation into a region does not collide with the first.
 */
final class Iins {

    /** Serials per region, birth date and sex: two serial digits are the region's, two are counted here. */
    private static final int SERIALS_PER_DAY = 100;

    private final int firstSerial;
    private final Set<String> taken;
    private final Map<Long, Integer> nextByDayAndSex = new HashMap<>();

    Iins(long regionId, Set<String> taken) {
        this.firstSerial = (int) regionId * SERIALS_PER_DAY;
        this.taken = taken;
    }

    /** The next free IIN of a person born on {@code birthDate}, or of one born on a following day once it runs out. */
    Iin issue(LocalDate birthDate, Sex sex) {
        for (LocalDate day = birthDate; ; day = day.plusDays(1)) {
            long key = day.toEpochDay() * 2 + sex.ordinal();
            int offset = nextByDayAndSex.getOrDefault(key, 0);
            while (offset < SERIALS_PER_DAY) {
                Iin iin = Iin.issue(day, sex, firstSerial + offset);
                int serial = serialOf(iin);
                if (serial < firstSerial || serial >= firstSerial + SERIALS_PER_DAY) {
                    break;
                }
                offset = serial - firstSerial + 1;
                nextByDayAndSex.put(key, offset);
                if (!taken.contains(iin.digits())) {
                    return iin;
                }
            }
            nextByDayAndSex.put(key, SERIALS_PER_DAY);
        }
    }

    private static int serialOf(Iin iin) {
        return Integer.parseInt(iin.digits().substring(7, 11));
    }
}
