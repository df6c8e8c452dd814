package kz.qorgau.demo.control;

import static kz.qorgau.security.Caller.PSYCHOLOGIST;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import kz.qorgau.cases.control.CaseWorkflow;
import kz.qorgau.cases.control.LevelLowering;
import kz.qorgau.cases.entity.EarlyWarningCase;
import kz.qorgau.earlywarning.control.StudentEvaluation;
import kz.qorgau.earlywarning.rules.IncidentSource;
import kz.qorgau.earlywarning.rules.IncidentType;
import kz.qorgau.earlywarning.rules.Level;
import kz.qorgau.earlywarning.rules.ParticipantRole;
import kz.qorgau.earlywarning.rules.RiskIndicator;
import kz.qorgau.earlywarning.rules.StaffRole;
import kz.qorgau.generator.control.GenerationSummary;
import kz.qorgau.generator.control.RegionGenerator;
import kz.qorgau.generator.control.RegionSpec;
import kz.qorgau.incidents.control.IncidentReport;
import kz.qorgau.incidents.control.IncidentService;
import kz.qorgau.platform.control.NoteCipher;
import kz.qorgau.platform.control.StatementTimeout;
import kz.qorgau.schools.entity.District;
import kz.qorgau.schools.entity.InstructionLanguage;
import kz.qorgau.schools.entity.LocalizedName;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.schools.entity.School;
import kz.qorgau.schools.entity.SchoolKind;
import kz.qorgau.schools.entity.StaffDesignation;
import kz.qorgau.security.Caller;
import kz.qorgau.security.Jurisdiction;
import kz.qorgau.sessions.control.SessionRecord;
import kz.qorgau.sessions.control.SessionService;
import kz.qorgau.sessions.entity.SessionKind;
import kz.qorgau.students.control.NewStudent;
import kz.qorgau.students.control.StudentService;
import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;
import kz.qorgau.students.entity.Student;

/**
 * The demo world the realm's demo users live in: in Almaty (a region of the reference data), one district, school A (1001) and school B (1002) with
 * their staff, students whose sessions and incidents leave open cases from the first start (and one child with a
 * second file at the other school, and one case whose lowering waits for the director's approval), the schools' safety
 * profiles with an inspection whose prescriptions are open and overdue, and the region's services with two referrals. Runs only when
 * {@code QORGAU_DEMO_DATA=true}, and only from {@code qorgau-demo.ear}: the production EAR lacks this module.
 * Signals go through the same services as the API, so the rules raise the cases; the loader runs at start-up
 * without a caller, so it calls them as the schools' psychologists would ({@code @RunAs}).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "RuleEngine"})
@RunAs(PSYCHOLOGIST)
public class DemoData {

    @Inject
    Clock clock;

    public static final long REGION_ALMATY = 75;
    public static final long DISTRICT_BOSTANDYK = 7502;
    public static final long SCHOOL_A = 1001;
    public static final long SCHOOL_B = 1002;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final int GENERATED_DISTRICT = 95;
    private static final long DEMO_SEED = 2026L;

    @Inject
    @ConfigProperty(name = "qorgau.demo-data", defaultValue = "false")
    boolean enabled;

    /** Students of a generated district beside the hand-made schools (QORGAU_DEMO_STUDENTS); none by default. */
    @Inject
    @ConfigProperty(name = "qorgau.demo-students", defaultValue = "0")
    int generatedStudents;

    @EJB
    StudentEvaluation evaluation;

    @PersistenceContext
    EntityManager em;

    @EJB
    StudentService students;

    @EJB
    SessionService sessions;

    @EJB
    IncidentService incidents;

    @EJB
    DemoSafety safety;

    @EJB
    CaseWorkflow workflow;

    @EJB
    DemoReferrals referrals;

    @Inject
    NoteCipher notes;

    @PostConstruct
    void load() {
        if (!enabled || em.find(School.class, SCHOOL_A) != null) {
            return;
        }
        Region almaty = em.find(Region.class, REGION_ALMATY);
        District bostandyk = new District(DISTRICT_BOSTANDYK, almaty,
                new LocalizedName("Бостандық ауданы", "Бостандыкский район", "Bostandyk district"));
        School a = new School(SCHOOL_A, bostandyk, SchoolKind.SCHOOL, new LocalizedName(
                "№ 1 мектеп-гимназия", "Школа-гимназия № 1", "School-gymnasium No. 1"), InstructionLanguage.MIXED);
        School b = new School(SCHOOL_B, bostandyk, SchoolKind.SCHOOL, new LocalizedName(
                "№ 2 жалпы білім беретін мектеп", "Общеобразовательная школа № 2", "Secondary school No. 2"),
                InstructionLanguage.KAZAKH);
        em.persist(bostandyk);
        em.persist(a);
        em.persist(b);
        em.persist(new StaffDesignation(a, "psychologist1", StaffRole.PSYCHOLOGIST));
        em.persist(new StaffDesignation(a, "socped1", StaffRole.SOCIAL_PEDAGOGUE));
        em.persist(new StaffDesignation(a, "inspector1", StaffRole.INSPECTOR));
        em.persist(new StaffDesignation(a, "director1", StaffRole.SCHOOL_ADMIN));
        em.persist(new StaffDesignation(b, "psychologist2", StaffRole.PSYCHOLOGIST));
        em.flush();

        Caller psychologistA = staff("psychologist1", SCHOOL_A);
        Caller psychologistB = staff("psychologist2", SCHOOL_B);
        LocalDate today = LocalDate.now(clock);

        Student aigerim = student(psychologistA, "Сейтқали", "Айгерім", LocalDate.of(2011, 3, 14), Sex.FEMALE, SCHOOL_A, 9, 101);
        sessions.record(aigerim.getId(), session(today.minusDays(3), Level.CRITICAL,
                Set.of(RiskIndicator.SUICIDAL_IDEATION, RiskIndicator.DEPRESSION_SIGNS),
                "Говорит, что не видит смысла жить после травли в чате класса."), psychologistA);
        askToLower(aigerim, psychologistA);

        Student daniyar = student(psychologistA, "Оспанов", "Данияр", LocalDate.of(2010, 9, 2), Sex.MALE, SCHOOL_A, 10, 102);
        for (int daysAgo : new int[] {2, 9, 17}) {
            incidents.report(daniyar.getId(), new IncidentReport(today.minusDays(daysAgo), IncidentType.FIGHT,
                    ParticipantRole.PERPETRATOR, IncidentSource.SCHOOL), psychologistA);
        }

        Student timur = student(psychologistA, "Ахметов", "Тимур", LocalDate.of(2012, 1, 25), Sex.MALE, SCHOOL_A, 8, 103);
        sessions.record(timur.getId(), session(today.minusDays(20), Level.LOW, Set.of(RiskIndicator.FAMILY_CONFLICT),
                "Конфликт с отчимом, договорились о встрече с матерью."), psychologistA);

        Student madina = student(psychologistB, "Жумабаева", "Мадина", LocalDate.of(2011, 7, 8), Sex.FEMALE, SCHOOL_B, 9, 104);
        sessions.record(madina.getId(), session(today.minusDays(1), Level.HIGH, Set.of(RiskIndicator.SELF_HARM),
                "Следы порезов на предплечье, скрывает от родителей."), psychologistB);

        Student arman = student(psychologistB, "Нурланов", "Арман", LocalDate.of(2013, 11, 30), Sex.MALE, SCHOOL_B, 7, 105);
        incidents.report(arman.getId(), new IncidentReport(today.minusDays(4), IncidentType.BULLYING,
                ParticipantRole.VICTIM, IncidentSource.PARENT), psychologistB);

        // Aigerim again, at school B in the Russian spelling and with an IIN of her own: the likely duplicate that
        // opening either file shows (docs/PRODUCT.md section 9).
        student(psychologistB, "Сейткали", "Айгерим", LocalDate.of(2011, 3, 14), Sex.FEMALE, SCHOOL_B, 9, 106);

        safety.load(a, b, today);
        referrals.load(almaty, aigerim, daniyar, today);

        LOG.info("Demo data loaded: region 75, district 7502, schools 1001 and 1002, 6 students, safety profiles,"
                + " an approval waiting, services and referrals");
        if (generatedStudents > 0) {
            generate(today);
        }
    }

    /**
     * A district of Almaty from the synthetic data generator, with half a year of signals, evaluated at once so
     * that lists, inboxes and reports have cases to show; the seed keeps it the same at every first start.
     */
    private void generate(LocalDate today) {
        GenerationSummary summary = em.unwrap(Session.class).doReturningWork(connection -> {
            StatementTimeout.liftInTransaction(connection);
            return RegionGenerator.generate(connection, RegionSpec.district(REGION_ALMATY, GENERATED_DISTRICT, generatedStudents, DEMO_SEED,
                        today), notes);
        });
        evaluation.evaluate(em.createQuery(
                        "select s.id from Student s where s.school.district.id = :district", Long.class)
                .setParameter("district", REGION_ALMATY * 100 + GENERATED_DISTRICT)
                .getResultList());
        LOG.info(() -> "Demo data generated: " + summary);
    }

    /**
     * A request waiting in director1's approvals (docs/PRODUCT.md section 4, "Supervision"): psychologist1 asks to
     * lower Aigerim's CRITICAL case, which stays CRITICAL until the director decides.
     */
    private void askToLower(Student student, Caller psychologist) {
        EarlyWarningCase c = em.createQuery("select c from EarlyWarningCase c where c.student.id = :student",
                        EarlyWarningCase.class)
                .setParameter("student", student.getId())
                .getSingleResult();
        workflow.lowerLevel(c.getId(), new LevelLowering(Level.HIGH, "Ходит к психологу дважды в неделю, мать "
                + "забирает её из школы; мысли о смерти больше не высказывает.", c.getVersion()), psychologist,
                Locale.forLanguageTag("ru"));
    }

    private static Caller staff(String username, long schoolId) {
        return new Caller(username, Set.of(Caller.PSYCHOLOGIST),
                new Jurisdiction(false, Set.of(), Set.of(), Set.of(schoolId)));
    }

    private Student student(Caller caller, String lastName, String firstName, LocalDate born, Sex sex, long school,
                            int grade, int serial) {
        Iin iin = Iin.issue(born, sex, serial);
        return students.register(new NewStudent(iin.digits(), lastName, firstName, null, born, sex, school, grade,
                "А"), caller);
    }

    private static SessionRecord session(LocalDate date, Level risk, Set<RiskIndicator> indicators, String note) {
        return new SessionRecord(date, SessionKind.INDIVIDUAL, 45, risk, List.copyOf(indicators), note, date.plusDays(7));
    }
}
