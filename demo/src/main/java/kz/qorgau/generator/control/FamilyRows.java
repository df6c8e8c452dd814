package kz.qorgau.generator.control;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import kz.qorgau.families.entity.GuardianRelation;
import kz.qorgau.families.entity.SocialFlag;
import kz.qorgau.generator.control.PersonNames.Origin;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * Families as the schools' social passports keep them: an address, social flags, the guardians with their IINs
 * and phones, and for a few the police register of dysfunctional families.
 */
final class FamilyRows {

    /** About one Kazakh family in six is a large family (four children or more), beside those with three at school. */
    static final double LARGE_FAMILY = 0.17;

    /** Recipients of targeted social assistance. */
    static final double LOW_INCOME = 0.09;

    static final double SINGLE_PARENT = 0.14;

    /** Children in the care of grandparents or appointed guardians. */
    static final double UNDER_GUARDIANSHIP = 0.015;

    static final double DISABILITY_IN_FAMILY = 0.03;

    /** A single parent is the mother far more often than the father. */
    static final double SINGLE_MOTHER = 0.85;

    /** Two-parent families where the man at home is the children's stepfather. */
    static final double STEPFATHER = 0.04;

    /** The register of dysfunctional families holds about half a percent of families, most of them known to school. */
    static final double POLICE_REGISTERED_WITH_CHILD_AT_RISK = 0.06;
    static final double POLICE_REGISTERED_OTHERWISE = 0.003;

    /** Some registrations were lifted again, on grounds, within the window. */
    static final double REGISTRATION_REMOVED = 0.15;

    /** Registrations reach back a year and a half. */
    static final int REGISTERED_WITHIN_DAYS = 540;

    private static final List<String> OPERATORS = List.of("701", "702", "705", "707", "747", "771", "775", "777", "778");

    private static final List<String> REGISTRATION_REASONS = List.of(
            "Злоупотребление родителями спиртными напитками",
            "Ненадлежащее исполнение родительских обязанностей",
            "Семейно-бытовое насилие",
            "Антиобщественный образ жизни родителей");

    private FamilyRows() {
    }

    static void write(RegionRows rows, SplittableRandom random, Iins iins) throws SQLException {
        Roster roster = rows.roster();
        boolean[] childAtRisk = new boolean[roster.families()];
        for (int s = 0; s < roster.students(); s++) {
            childAtRisk[roster.family(s)] |= roster.atRisk(s);
        }
        List<List<SocialFlag>> flags = new ArrayList<>();
        try (CopyRows families = rows.copy("family", "id, school_id, address, created_at, version",
                "family_id_seq")) {
            for (int f = 0; f < roster.families(); f++) {
                PlannedSchool school = rows.school(roster.familySchool(f));
                rows.familyId(f, families.nextId());
                LocalDate opened = rows.today().minusDays(30 + random.nextInt(1500));
                families.row(rows.familyId(f), school.id(), PlaceNames.address(school.district().name().getRu(), random),
                        rows.at(opened, 10, random.nextInt(60)), 0);
                flags.add(flags(roster.children(f), random));
            }
            rows.finish("family", families);
        }
        try (CopyRows out = rows.copy("family_social_flag", "family_id, flag")) {
            for (int f = 0; f < roster.families(); f++) {
                for (SocialFlag flag : flags.get(f)) {
                    out.row(rows.familyId(f), flag);
                }
            }
            rows.finish("family_social_flag", out);
        }
        writeGuardians(rows, flags, random, iins);
        writeRegistrations(rows, childAtRisk, random);
    }

    private static List<SocialFlag> flags(int children, SplittableRandom random) {
        List<SocialFlag> flags = new ArrayList<>();
        if (children >= 3 || random.nextDouble() < LARGE_FAMILY) {
            flags.add(SocialFlag.LARGE_FAMILY);
        }
        if (random.nextDouble() < LOW_INCOME) {
            flags.add(SocialFlag.LOW_INCOME);
        }
        double care = random.nextDouble();
        if (care < UNDER_GUARDIANSHIP) {
            flags.add(SocialFlag.UNDER_GUARDIANSHIP);
        } else if (care < UNDER_GUARDIANSHIP + SINGLE_PARENT) {
            flags.add(SocialFlag.SINGLE_PARENT);
        }
        if (random.nextDouble() < DISABILITY_IN_FAMILY) {
            flags.add(SocialFlag.DISABILITY_IN_FAMILY);
        }
        return flags;
    }

    private static void writeGuardians(RegionRows rows, List<List<SocialFlag>> flags, SplittableRandom random,
                                       Iins iins) throws SQLException {
        Roster roster = rows.roster();
        try (CopyRows out = rows.copy("guardian",
                "id, family_id, last_name, first_name, middle_name, iin, relation, phone", "guardian_id_seq")) {
            for (int f = 0; f < roster.families(); f++) {
                List<SocialFlag> those = flags.get(f);
                if (those.contains(SocialFlag.UNDER_GUARDIANSHIP)) {
                    boolean grandparent = random.nextDouble() < 0.7;
                    guardian(out, out.nextId(), rows, f, !grandparent || random.nextDouble() < 0.75,
                            grandparent ? GuardianRelation.GRANDPARENT : GuardianRelation.GUARDIAN,
                            grandparent ? 55 : 35, random, iins);
                } else if (those.contains(SocialFlag.SINGLE_PARENT)) {
                    boolean mother = random.nextDouble() < SINGLE_MOTHER;
                    guardian(out, out.nextId(), rows, f, mother,
                            mother ? GuardianRelation.MOTHER : GuardianRelation.FATHER, 28, random, iins);
                } else {
                    guardian(out, out.nextId(), rows, f, true, GuardianRelation.MOTHER, 28, random, iins);
                    guardian(out, out.nextId(), rows, f, false, random.nextDouble() < STEPFATHER
                            ? GuardianRelation.STEPFATHER : GuardianRelation.FATHER, 30, random, iins);
                }
            }
            rows.finish("guardian", out);
        }
    }

    private static void guardian(CopyRows out, long id, RegionRows rows, int family, boolean female,
                                 GuardianRelation relation, int youngestAge, SplittableRandom random, Iins iins)
            throws SQLException {
        Roster roster = rows.roster();
        Origin origin = roster.familyOrigin(family);
        String firstName = relation == GuardianRelation.FATHER ? roster.father(family).name()
                : female ? PersonNames.motherName(origin, random)
                : PersonNames.father(origin, random.nextInt(PersonNames.fatherCount(origin))).name();
        PersonNames.Father own = PersonNames.father(origin, random.nextInt(PersonNames.fatherCount(origin)));
        LocalDate born = rows.today().minusYears(youngestAge + random.nextInt(20)).minusDays(random.nextInt(365));
        Iin iin = iins.issue(born, female ? Sex.FEMALE : Sex.MALE);
        String phone = "+7" + OPERATORS.get(random.nextInt(OPERATORS.size())) + String.format("%07d", random.nextInt(10_000_000));
        out.row(id, rows.familyId(family), roster.surname(family, female), firstName,
                female ? own.daughterOf() : own.sonOf(), iin.digits(), relation, phone);
    }

    private static void writeRegistrations(RegionRows rows, boolean[] childAtRisk, SplittableRandom random)
            throws SQLException {
        Roster roster = rows.roster();
        try (CopyRows out = rows.copy("family_police_registration",
                "id, family_id, registered_on, reason, registered_by, removed_on, removal_reason, removed_by",
                "family_police_registration_id_seq")) {
            for (int f = 0; f < roster.families(); f++) {
                double share = childAtRisk[f] ? POLICE_REGISTERED_WITH_CHILD_AT_RISK : POLICE_REGISTERED_OTHERWISE;
                if (random.nextDouble() >= share) {
                    continue;
                }
                String inspector = rows.school(roster.familySchool(f)).inspectorUsername();
                int daysAgo = 1 + random.nextInt(REGISTERED_WITHIN_DAYS);
                LocalDate registered = rows.today().minusDays(daysAgo);
                boolean removed = daysAgo > 30 && random.nextDouble() < REGISTRATION_REMOVED;
                LocalDate removedOn = removed ? registered.plusDays(30 + random.nextInt(daysAgo - 29)) : null;
                out.row(out.nextId(), rows.familyId(f), registered,
                        REGISTRATION_REASONS.get(random.nextInt(REGISTRATION_REASONS.size())), inspector,
                        removedOn, removed ? "Обстановка в семье нормализовалась" : null, removed ? inspector : null);
            }
            rows.finish("family_police_registration", out);
        }
    }
}
