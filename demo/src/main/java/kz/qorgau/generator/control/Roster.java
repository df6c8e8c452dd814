package kz.qorgau.generator.control;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import kz.qorgau.generator.control.PersonNames.Origin;
import kz.qorgau.schools.entity.SchoolKind;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * Every student and family of a plan, in memory before any row is written, in compact arrays (a region is
 * hundreds of thousands of children): school, birth date and IIN, grade, family, and whether the child is one of
 * the few who carry most of the signals. Students of a school are consecutive, schools in plan order.
 */
final class Roster {

    /** Girls are about 49 % of Kazakh schoolchildren. */
    static final double GIRLS = 0.49;

    /** Children of a family enrolled at the same school: most alone, some with one or two brothers or sisters. */
    static final Weighted<Integer> CHILDREN_PER_FAMILY = new Weighted<Integer>()
            .with(1, 62).with(2, 27).with(3, 8).with(4, 3);

    /** A few children in every school carry most of the signals: truancy, fights, police, crises. */
    static final double AT_RISK = 0.04;

    /** Many pupils leave after grade 9 for a college, so the last two grades are smaller. */
    static final double UPPER_GRADES_WEIGHT = 0.6;

    /** Pupils per class; a grade has as many parallel classes (А, Б, В, ...) as it needs. */
    static final int CLASS_SIZE = 25;

    private static final String CLASS_LETTERS = "АБВГДЕЖИК";

    private final int[] schoolStart;
    private final int[] birthDay;
    private final boolean[] female;
    private final byte[] grade;
    private final char[] classLetter;
    private final int[] family;
    private final boolean[] atRisk;
    private final String[] iin;
    private final int[] familySchool;
    private final Origin[] familyOrigin;
    private final int[] familySurname;
    private final int[] familyFather;
    private final int[] familyChildren;
    private int families;

    private Roster(RegionPlan plan, int students) {
        this.schoolStart = new int[plan.schools().size() + 1];
        this.birthDay = new int[students];
        this.female = new boolean[students];
        this.grade = new byte[students];
        this.classLetter = new char[students];
        this.family = new int[students];
        this.atRisk = new boolean[students];
        this.iin = new String[students];
        this.familySchool = new int[students];
        this.familyOrigin = new Origin[students];
        this.familySurname = new int[students];
        this.familyFather = new int[students];
        this.familyChildren = new int[students];
    }

    static Roster of(RegionPlan plan, SplittableRandom random, Iins iins) {
        Roster roster = new Roster(plan, plan.spec().students());
        int schoolYear = plan.spec().referenceDate().getMonthValue() >= 9
                ? plan.spec().referenceDate().getYear() : plan.spec().referenceDate().getYear() - 1;
        int next = 0;
        List<PlannedSchool> schools = plan.schools();
        for (int s = 0; s < schools.size(); s++) {
            PlannedSchool school = schools.get(s);
            roster.schoolStart[s] = next;
            for (int k = 0; k < school.students(); k++, next++) {
                roster.enrol(next, school, schoolYear, random, iins);
            }
            roster.groupIntoFamilies(s, roster.schoolStart[s], next, random);
        }
        roster.schoolStart[schools.size()] = next;
        return roster;
    }

    private void enrol(int student, PlannedSchool school, int schoolYear, SplittableRandom random, Iins iins) {
        int level = switch (school.kind()) {
            case KINDERGARTEN -> 0;
            case COLLEGE -> 9 + random.nextInt(3);
            case SCHOOL -> random.nextDouble() < 9 / (9 + 2 * UPPER_GRADES_WEIGHT)
                    ? 1 + random.nextInt(9) : 10 + random.nextInt(2);
        };
        LocalDate earliest = LocalDate.of(schoolYear - 6 - level, 9, 1);
        LocalDate born = earliest.plusDays(random.nextInt(365));
        boolean girl = random.nextDouble() < GIRLS;
        Iin issued = iins.issue(born, girl ? Sex.FEMALE : Sex.MALE);
        iin[student] = issued.digits();
        birthDay[student] = (int) issued.birthDate().toEpochDay();
        female[student] = girl;
        grade[student] = school.kind() == SchoolKind.COLLEGE ? -1 : (byte) level;
        int parallel = Math.max(1, Math.round(school.students() / (11f * CLASS_SIZE)));
        classLetter[student] = school.kind() == SchoolKind.COLLEGE ? 0
                : CLASS_LETTERS.charAt(random.nextInt(Math.min(parallel, CLASS_LETTERS.length())));
        atRisk[student] = level >= 5 && random.nextDouble() < AT_RISK;
    }

    /** Brothers and sisters are drawn at random among the school's pupils, so they sit in any grades. */
    private void groupIntoFamilies(int school, int from, int to, SplittableRandom random) {
        int[] order = RegionPlan.permutation(to - from, random);
        for (int k = 0; k < order.length; ) {
            int children = Math.min(CHILDREN_PER_FAMILY.draw(random), order.length - k);
            Origin origin = PersonNames.ORIGINS.draw(random);
            familySchool[families] = school;
            familyOrigin[families] = origin;
            familySurname[families] = random.nextInt(PersonNames.surnameCount(origin));
            familyFather[families] = random.nextInt(PersonNames.fatherCount(origin));
            familyChildren[families] = children;
            for (int c = 0; c < children; c++, k++) {
                family[from + order[k]] = families;
            }
            families++;
        }
    }

    int students() {
        return iin.length;
    }

    int families() {
        return families;
    }

    int schoolStart(int school) {
        return schoolStart[school];
    }

    int schoolEnd(int school) {
        return schoolStart[school + 1];
    }

    String iin(int student) {
        return iin[student];
    }

    LocalDate birthDate(int student) {
        return LocalDate.ofEpochDay(birthDay[student]);
    }

    /** Whole years of age on {@code day}. */
    int age(int student, LocalDate day) {
        return birthDate(student).until(day).getYears();
    }

    boolean female(int student) {
        return female[student];
    }

    /** The grade, or null at a college, where students are counted by course instead. */
    Integer grade(int student) {
        return grade[student] < 0 ? null : (int) grade[student];
    }

    /** The class letter, or null at a college. */
    String classLetter(int student) {
        return classLetter[student] == 0 ? null : String.valueOf(classLetter[student]);
    }

    int family(int student) {
        return family[student];
    }

    boolean atRisk(int student) {
        return atRisk[student];
    }

    int familySchool(int family) {
        return familySchool[family];
    }

    Origin familyOrigin(int family) {
        return familyOrigin[family];
    }

    String surname(int family, boolean female) {
        return PersonNames.surname(familyOrigin[family], familySurname[family], female);
    }

    PersonNames.Father father(int family) {
        return PersonNames.father(familyOrigin[family], familyFather[family]);
    }

    int children(int family) {
        return familyChildren[family];
    }
}
