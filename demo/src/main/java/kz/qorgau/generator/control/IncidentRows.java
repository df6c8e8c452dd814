package kz.qorgau.generator.control;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.earlywarning.rules.ParticipantRole;
import kz.qorgau.incidents.entity.IncidentSeverity;
import kz.qorgau.schools.entity.SchoolKind;

/**
 * Incidents with one to three pupils of the same school: fights and bullying lead; most are reported by the school,
 * some by the police, raids, the trust line, parents or doctors, and some police-recorded ones happened on school
 * grounds. Kindergartens have none.
 */
final class IncidentRows {

    /** Incidents per pupil in a half year: about one pupil in twelve is involved in one. */
    static final double PER_STUDENT = 0.085;

    /** Children at risk are most of the perpetrators and a good share of the victims. */
    static final double PERPETRATOR_AT_RISK = 0.45;
    static final double VICTIM_AT_RISK = 0.25;

    static final Weighted<IncidentType> TYPES = new Weighted<IncidentType>()
            .with(IncidentType.FIGHT, 30).with(IncidentType.BULLYING, 20).with(IncidentType.CYBERBULLYING, 10)
            .with(IncidentType.THEFT, 10).with(IncidentType.VANDALISM, 7).with(IncidentType.SUBSTANCE_USE, 5)
            .with(IncidentType.OTHER_OFFENSE, 8).with(IncidentType.RUNAWAY, 4).with(IncidentType.DOMESTIC_VIOLENCE, 3)
            .with(IncidentType.SELF_HARM_ATTEMPT, 1.5).with(IncidentType.SEXUAL_VIOLENCE, 0.5);

    /** Most incidents reach the register through the school; the rest through others. */
    static final Weighted<IncidentSource> SOURCES = new Weighted<IncidentSource>()
            .with(IncidentSource.SCHOOL, 60).with(IncidentSource.POLICE, 15).with(IncidentSource.PARENT, 10)
            .with(IncidentSource.RAID, 5).with(IncidentSource.HOTLINE, 5).with(IncidentSource.MEDICAL, 5);

    /** Violence at home and self-harm come to light through the police, doctors, the trust line or parents. */
    static final Weighted<IncidentSource> SOURCES_AWAY_FROM_SCHOOL = new Weighted<IncidentSource>()
            .with(IncidentSource.POLICE, 40).with(IncidentSource.MEDICAL, 25).with(IncidentSource.HOTLINE, 20)
            .with(IncidentSource.PARENT, 15);

    static final Weighted<IncidentSeverity> SEVERITIES = new Weighted<IncidentSeverity>()
            .with(IncidentSeverity.LOW, 35).with(IncidentSeverity.MODERATE, 45).with(IncidentSeverity.SEVERE, 16)
            .with(IncidentSeverity.CRITICAL, 4);

    /** Where it happened: school reports are mostly on school grounds; about one police-recorded incident in four is. */
    static final double ON_GROUNDS_SCHOOL_SOURCE = 0.85;
    static final double ON_GROUNDS_POLICE_SOURCE = 0.25;
    static final double ON_GROUNDS_OTHER_SOURCE = 0.3;

    private static final List<String> SCHOOL_PLACES = List.of("школьный двор", "спортивный зал", "коридор",
            "раздевалка", "столовая", "туалет", "классный кабинет");
    private static final List<String> OTHER_PLACES = List.of("улица рядом со школой", "парк", "торговый центр",
            "подъезд жилого дома", "остановка", "дом", "компьютерный клуб");

    private static final Map<IncidentType, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(IncidentType.FIGHT, "Драка между учащимися, разняты дежурным учителем."),
            Map.entry(IncidentType.BULLYING, "Систематические оскорбления и толчки со стороны одноклассника."),
            Map.entry(IncidentType.CYBERBULLYING, "Оскорбительные сообщения и фото в чате класса."),
            Map.entry(IncidentType.THEFT, "Пропажа телефона, установлен учащийся, взявший его."),
            Map.entry(IncidentType.VANDALISM, "Повреждено школьное имущество."),
            Map.entry(IncidentType.SUBSTANCE_USE, "Обнаружено употребление вейпа и насвая."),
            Map.entry(IncidentType.OTHER_OFFENSE, "Административное правонарушение, составлен протокол."),
            Map.entry(IncidentType.RUNAWAY, "Не ночевал дома, найден на следующий день."),
            Map.entry(IncidentType.DOMESTIC_VIOLENCE, "Сообщение о побоях со стороны родственника."),
            Map.entry(IncidentType.SELF_HARM_ATTEMPT, "Попытка причинить себе вред, оказана медицинская помощь."),
            Map.entry(IncidentType.SEXUAL_VIOLENCE, "Сообщение о сексуальном насилии, материалы переданы в полицию."));

    private IncidentRows() {
    }

    static void write(RegionRows rows, SplittableRandom random) throws SQLException {
        Roster roster = rows.roster();
        List<Object[]> participants = new ArrayList<>();
        try (CopyRows out = rows.copy("incident", "id, occurred_on, type, recorded_by, recorded_at, time_of_day,"
                + " on_school_grounds, location, severity, source, description", "incident_id_seq")) {
            for (int school = 0; school < rows.plan().schools().size(); school++) {
                PlannedSchool planned = rows.school(school);
                if (planned.kind() == SchoolKind.KINDERGARTEN) {
                    continue;
                }
                int from = roster.schoolStart(school);
                int[] atRisk = atRisk(roster, from, roster.schoolEnd(school));
                int pupils = roster.schoolEnd(school) - from;
                int incidents = (int) Math.floor(pupils * PER_STUDENT + random.nextDouble());
                for (int k = 0; k < incidents; k++) {
                    long id = out.nextId();
                    IncidentType type = TYPES.draw(random);
                    incident(out, rows, id, type, planned, random);
                    for (Object[] p : participants(type, from, pupils, atRisk, random)) {
                        participants.add(new Object[] {id, rows.studentId((Integer) p[0]), p[1]});
                    }
                }
            }
            rows.finish("incident", out);
        }
        try (CopyRows out = rows.copy("incident_participant", "incident_id, student_id, role")) {
            out.rows(participants);
            rows.finish("incident_participant", out);
        }
    }

    private static void incident(CopyRows out, RegionRows rows, long id, IncidentType type, PlannedSchool school,
                                 SplittableRandom random) throws SQLException {
        boolean awayFromSchool = type == IncidentType.DOMESTIC_VIOLENCE || type == IncidentType.SEXUAL_VIOLENCE
                || type == IncidentType.SELF_HARM_ATTEMPT || type == IncidentType.RUNAWAY;
        IncidentSource source = (awayFromSchool ? SOURCES_AWAY_FROM_SCHOOL : SOURCES).draw(random);
        double onGroundsShare = switch (source) {
            case SCHOOL -> ON_GROUNDS_SCHOOL_SOURCE;
            case POLICE, RAID -> ON_GROUNDS_POLICE_SOURCE;
            default -> ON_GROUNDS_OTHER_SOURCE;
        };
        boolean onGrounds = !awayFromSchool && random.nextDouble() < onGroundsShare;
        SchoolCalendar calendar = rows.plan().calendar();
        LocalDate date = onGrounds || source == IncidentSource.SCHOOL ? calendar.schoolDay(random) : calendar.anyDay(random);
        int hour = onGrounds ? 8 + random.nextInt(10) : 12 + random.nextInt(12);
        String recordedBy = switch (source) {
            case SCHOOL, PARENT -> school.socialPedagogueUsername();
            case POLICE, RAID, MEDICAL -> school.inspectorUsername();
            case HOTLINE -> "operator." + rows.plan().spec().regionId();
        };
        List<String> places = onGrounds ? SCHOOL_PLACES : OTHER_PLACES;
        out.row(id, date, type, recordedBy, rows.at(date.plusDays(random.nextInt(3)), 18, random.nextInt(60)),
                String.format("%02d:%02d", hour, random.nextInt(60)), onGrounds,
                places.get(random.nextInt(places.size())), SEVERITIES.draw(random), source,
                DESCRIPTIONS.get(type));
    }

    /** Pairs of roster index and role, each pupil once. */
    private static List<Object[]> participants(IncidentType type, int from, int pupils, int[] atRisk,
                                               SplittableRandom random) {
        List<ParticipantRole> roles = new ArrayList<>();
        switch (type) {
            case FIGHT -> {
                roles.add(ParticipantRole.PERPETRATOR);
                roles.add(random.nextBoolean() ? ParticipantRole.PERPETRATOR : ParticipantRole.VICTIM);
                if (random.nextDouble() < 0.3) {
                    roles.add(ParticipantRole.WITNESS);
                }
            }
            case BULLYING, CYBERBULLYING -> {
                roles.add(ParticipantRole.PERPETRATOR);
                roles.add(ParticipantRole.VICTIM);
                if (random.nextDouble() < 0.4) {
                    roles.add(ParticipantRole.WITNESS);
                }
            }
            case THEFT, VANDALISM, SUBSTANCE_USE, OTHER_OFFENSE -> {
                roles.add(ParticipantRole.PERPETRATOR);
                if (random.nextDouble() < 0.35) {
                    roles.add(ParticipantRole.PERPETRATOR);
                }
                if (random.nextDouble() < 0.2) {
                    roles.add(ParticipantRole.WITNESS);
                }
            }
            case RUNAWAY, SELF_HARM_ATTEMPT, DOMESTIC_VIOLENCE, SEXUAL_VIOLENCE -> roles.add(ParticipantRole.VICTIM);
        }
        List<Object[]> chosen = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        for (ParticipantRole role : roles.subList(0, Math.min(roles.size(), pupils))) {
            double fromRisk = role == ParticipantRole.PERPETRATOR ? PERPETRATOR_AT_RISK
                    : role == ParticipantRole.VICTIM ? VICTIM_AT_RISK : 0;
            int pupil;
            do {
                pupil = atRisk.length > 0 && random.nextDouble() < fromRisk
                        ? atRisk[random.nextInt(atRisk.length)] : from + random.nextInt(pupils);
            } while (taken.contains(pupil));
            taken.add(pupil);
            chosen.add(new Object[] {pupil, role});
        }
        return chosen;
    }

    static int[] atRisk(Roster roster, int from, int to) {
        return IntStream.range(from, to).filter(roster::atRisk).toArray();
    }
}
