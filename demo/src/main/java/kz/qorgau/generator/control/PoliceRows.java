package kz.qorgau.generator.control;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;

import kz.qorgau.police.entity.PoliceRegistration;
import kz.qorgau.police.entity.RaidReason;
import kz.qorgau.police.entity.RegistrationReason;
import kz.qorgau.police.entity.RemovalGround;
import kz.qorgau.schools.entity.SchoolKind;

/**
 * The juvenile police register and raid deliveries, for pupils of twelve and over: registered children are mostly
 * those at risk, and they are the ones raids bring in again and again.
 */
final class PoliceRows {

    /** The register holds about half a percent of teenagers. */
    static final double REGISTERED_AT_RISK = 0.10;
    static final double REGISTERED_OTHERWISE = 0.0015;

    /** Raids bring in about one teenager in a hundred in a half year, registered ones far more often. */
    static final double DELIVERED_REGISTERED = 0.45;
    static final double DELIVERED_AT_RISK = 0.25;
    static final double DELIVERED_OTHERWISE = 0.012;

    /** Chance of each further delivery of a child already brought in once. */
    static final double DELIVERED_AGAIN = 0.3;

    /** Police work with teenagers: nobody under this age is registered or delivered. */
    static final int YOUNGEST = 12;

    /** Registrations reach back a year and a half; a fifth were lifted since. */
    static final int REGISTERED_WITHIN_DAYS = 540;
    static final double REMOVED = 0.2;

    /** A registration is reviewed every six months. */
    static final int REVIEW_MONTHS = 6;

    static final Weighted<RegistrationReason> REASONS = new Weighted<RegistrationReason>()
            .with(RegistrationReason.ADMINISTRATIVE_OFFENSE, 35).with(RegistrationReason.OFFENSE, 20)
            .with(RegistrationReason.ANTISOCIAL_BEHAVIOUR, 15).with(RegistrationReason.RUNAWAY, 10)
            .with(RegistrationReason.SUBSTANCE_USE, 8).with(RegistrationReason.VAGRANCY, 5)
            .with(RegistrationReason.OTHER, 7);

    static final Weighted<RemovalGround> GROUNDS = new Weighted<RemovalGround>()
            .with(RemovalGround.CORRECTED, 80).with(RemovalGround.MOVED_AWAY, 15).with(RemovalGround.COURT_DECISION, 5);

    /** Most deliveries are minors out at night without an adult. */
    static final Weighted<RaidReason> RAID_REASONS = new Weighted<RaidReason>()
            .with(RaidReason.CURFEW, 45).with(RaidReason.ALCOHOL, 15).with(RaidReason.OFFENSE, 15)
            .with(RaidReason.VAGRANCY, 10).with(RaidReason.SUBSTANCE_USE, 5).with(RaidReason.OTHER, 10);

    private PoliceRows() {
    }

    static void write(RegionRows rows, SplittableRandom random) throws SQLException {
        boolean[] registered = writeRegistrations(rows, random);
        writeDeliveries(rows, registered, random);
    }

    private static boolean[] writeRegistrations(RegionRows rows, SplittableRandom random) throws SQLException {
        Roster roster = rows.roster();
        boolean[] registered = new boolean[roster.students()];
        try (CopyRows out = rows.copy("police_registration", "id, student_id, reason, registered_on, review_on,"
                + " basis_document, note, inspector, removed_on, removal_ground, removal_note, anonymise_after,"
                + " legal_hold, anonymised, recorded_at, version", "police_registration_id_seq")) {
            forTeenagers(rows, (school, s) -> {
                if (random.nextDouble() >= (roster.atRisk(s) ? REGISTERED_AT_RISK : REGISTERED_OTHERWISE)) {
                    return;
                }
                int daysAgo = 1 + random.nextInt(REGISTERED_WITHIN_DAYS);
                LocalDate on = rows.today().minusDays(daysAgo);
                if (roster.age(s, on) < YOUNGEST) {
                    return;
                }
                boolean removed = daysAgo > 30 && random.nextDouble() < REMOVED;
                LocalDate removedOn = removed ? on.plusDays(30 + random.nextInt(daysAgo - 29)) : null;
                registered[s] = !removed;
                out.row(out.nextId(), rows.studentId(s), REASONS.draw(random), on, on.plusMonths(REVIEW_MONTHS),
                        "Постановление № " + (1000 + random.nextInt(9000)) + "/" + on.getYear(),
                        random.nextDouble() < 0.4 ? "Состоит на учёте, проводится профилактическая работа" : null,
                        school.inspectorUsername(), removedOn, removed ? GROUNDS.draw(random) : null,
                        removed ? "Снят с учёта по представлению инспектора" : null,
                        removed ? removedOn.plus(PoliceRegistration.RETENTION_AFTER_REMOVAL) : null,
                        false, false, rows.at(on, 11, random.nextInt(60)), 0);
            });
            rows.finish("police_registration", out);
        }
        return registered;
    }

    private static void writeDeliveries(RegionRows rows, boolean[] registered, SplittableRandom random)
            throws SQLException {
        Roster roster = rows.roster();
        SchoolCalendar calendar = rows.plan().calendar();
        try (CopyRows out = rows.copy("raid_delivery",
                "id, student_id, delivered_on, reason, police_unit, recorded_by, recorded_at", "raid_delivery_id_seq")) {
            forTeenagers(rows, (school, s) -> {
                double share = registered[s] ? DELIVERED_REGISTERED
                        : roster.atRisk(s) ? DELIVERED_AT_RISK : DELIVERED_OTHERWISE;
                if (random.nextDouble() >= share) {
                    return;
                }
                do {
                    LocalDate on = calendar.anyDay(random);
                    out.row(out.nextId(), rows.studentId(s), on, RAID_REASONS.draw(random),
                            PlaceNames.policeUnit(school.district().name().getRu()), school.inspectorUsername(),
                            rows.at(on, 22 + random.nextInt(2), random.nextInt(60)));
                } while (random.nextDouble() < DELIVERED_AGAIN);
            });
            rows.finish("raid_delivery", out);
        }
    }

    /** Visits every pupil of twelve or over outside kindergartens, school by school. */
    private static void forTeenagers(RegionRows rows, TeenagerVisit visit) throws SQLException {
        Roster roster = rows.roster();
        for (int school = 0; school < rows.plan().schools().size(); school++) {
            PlannedSchool planned = rows.school(school);
            if (planned.kind() == SchoolKind.KINDERGARTEN) {
                continue;
            }
            for (int s = roster.schoolStart(school); s < roster.schoolEnd(school); s++) {
                if (roster.age(s, rows.today()) >= YOUNGEST) {
                    visit.visit(planned, s);
                }
            }
        }
    }

    private interface TeenagerVisit {
        void visit(PlannedSchool school, int student) throws SQLException;
    }
}
