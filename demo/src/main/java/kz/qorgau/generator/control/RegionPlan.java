package kz.qorgau.generator.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import kz.qorgau.schools.entity.SchoolKind;

/**
 * The shape of a region before any row exists: its districts, its schools with kind, size and staffing, its school
 * calendar and the dates of its screening campaign. Pure and deterministic: the same spec gives the same plan.
 */
final class RegionPlan {

    /** About 7 % of the organisations that teach minors are colleges (about 800 colleges beside 7,500 schools). */
    static final double COLLEGE_SHARE = 0.07;

    /** A few pre-school centres with a preparatory class (age 5-6) are on the same registers. */
    static final double KINDERGARTEN_SHARE = 0.03;

    /** Small rural schools often have no psychologist of their own. */
    static final double WITHOUT_PSYCHOLOGIST = 0.07;

    /** Juvenile inspectors are too few to be designated to every school. */
    static final double WITHOUT_INSPECTOR = 0.10;

    /** Social pedagogue posts go unfilled more often than psychologist posts. */
    static final double WITHOUT_SOCIAL_PEDAGOGUE = 0.12;

    /** School sizes spread from rural schools of a hundred to city schools of two thousand and more. */
    static final double SCHOOL_SIZE_SPREAD = 0.6;

    /** A screening campaign runs three school weeks and ends about a month before the reference date. */
    static final int CAMPAIGN_DAYS = 20;
    static final int CAMPAIGN_ENDS_DAYS_BEFORE = 30;

    private final RegionSpec spec;
    private final List<PlannedDistrict> districts;
    private final List<PlannedSchool> schools;
    private final SchoolCalendar calendar;
    private final LocalDate campaignStart;
    private final LocalDate campaignEnd;

    private RegionPlan(RegionSpec spec, List<PlannedDistrict> districts, List<PlannedSchool> schools) {
        this.spec = spec;
        this.districts = districts;
        this.schools = schools;
        this.calendar = new SchoolCalendar(spec.referenceDate());
        this.campaignEnd = calendar.schoolDayAtOrBefore(spec.referenceDate().minusDays(CAMPAIGN_ENDS_DAYS_BEFORE));
        this.campaignStart = campaignEnd.minusDays(CAMPAIGN_DAYS);
    }

    static RegionPlan of(RegionSpec spec, SplittableRandom random) {
        List<PlannedDistrict> districts = new ArrayList<>();
        for (int d = 0; d < spec.districts(); d++) {
            districts.add(new PlannedDistrict(spec.districtId(d), PlaceNames.district(spec.firstDistrict() + d)));
        }
        int count = Math.max(1, Math.min(spec.students(),
                Math.round((float) spec.students() / RegionSpec.STUDENTS_PER_SCHOOL)));
        if (count > spec.districts() * 999) {
            throw new IllegalArgumentException("more than 999 schools per district: " + count);
        }
        SchoolKind[] kinds = kinds(count, random);
        int[] sizes = sizes(kinds, spec.students(), random);
        boolean[] noPsychologist = few(count, WITHOUT_PSYCHOLOGIST, random);
        boolean[] noInspector = few(count, WITHOUT_INSPECTOR, random);
        boolean[] noSocialPedagogue = few(count, WITHOUT_SOCIAL_PEDAGOGUE, random);
        List<PlannedSchool> schools = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int d = (int) ((long) i * districts.size() / count);
            int first = (int) (((long) d * count + districts.size() - 1) / districts.size());
            PlannedDistrict district = districts.get(d);
            int inDistrict = i - first;
            int psychologists = noPsychologist[i] ? 0
                    : Math.max(1, (sizes[i] + PlannedSchool.STUDENTS_PER_PSYCHOLOGIST - 1) / PlannedSchool.STUDENTS_PER_PSYCHOLOGIST);
            schools.add(new PlannedSchool(district.id() * 1000 + inDistrict + 1, district, inDistrict, kinds[i],
                    PlaceNames.school(kinds[i], (spec.firstDistrict() - 1) * 100 + i + 1, random), sizes[i],
                    psychologists, !noSocialPedagogue[i], !noInspector[i]));
        }
        return new RegionPlan(spec, List.copyOf(districts), List.copyOf(schools));
    }

    RegionSpec spec() {
        return spec;
    }

    List<PlannedDistrict> districts() {
        return districts;
    }

    List<PlannedSchool> schools() {
        return schools;
    }

    SchoolCalendar calendar() {
        return calendar;
    }

    LocalDate campaignStart() {
        return campaignStart;
    }

    LocalDate campaignEnd() {
        return campaignEnd;
    }

    private static SchoolKind[] kinds(int count, SplittableRandom random) {
        SchoolKind[] kinds = new SchoolKind[count];
        int[] order = permutation(count, random);
        int colleges = (int) Math.round(count * COLLEGE_SHARE);
        int kindergartens = (int) Math.round(count * KINDERGARTEN_SHARE);
        for (int k = 0; k < count; k++) {
            kinds[order[k]] = k < colleges ? SchoolKind.COLLEGE
                    : k < colleges + kindergartens ? SchoolKind.KINDERGARTEN : SchoolKind.SCHOOL;
        }
        return kinds;
    }

    /** Enrolments proportional to random weights by kind, adding up to exactly {@code total}. */
    private static int[] sizes(SchoolKind[] kinds, int total, SplittableRandom random) {
        double[] weights = new double[kinds.length];
        double sum = 0;
        for (int i = 0; i < kinds.length; i++) {
            double spread = Math.exp(gaussian(random) * (kinds[i] == SchoolKind.SCHOOL ? SCHOOL_SIZE_SPREAD : 0.3));
            weights[i] = spread * switch (kinds[i]) {
                case SCHOOL -> 1.0;
                case COLLEGE -> 0.9;
                case KINDERGARTEN -> 0.25;
            };
            sum += weights[i];
        }
        int[] sizes = new int[kinds.length];
        int given = 0;
        for (int i = 0; i < kinds.length; i++) {
            sizes[i] = (int) Math.floor(total * weights[i] / sum);
            given += sizes[i];
        }
        for (int i = 0; given < total; i = (i + 1) % kinds.length, given++) {
            sizes[i]++;
        }
        return sizes;
    }

    /** Marks {@code share} of {@code count} items, at least one once there are three or more, so each kind of gap exists. */
    private static boolean[] few(int count, double share, SplittableRandom random) {
        boolean[] marked = new boolean[count];
        int n = count < 3 ? 0 : Math.max(1, (int) Math.round(count * share));
        int[] order = permutation(count, random);
        for (int k = 0; k < n; k++) {
            marked[order[k]] = true;
        }
        return marked;
    }

    static int[] permutation(int count, SplittableRandom random) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** A standard normal deviate (Box-Muller), from the given stream only. */
    static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
