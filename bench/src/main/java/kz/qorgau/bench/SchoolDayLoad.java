package kz.qorgau.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * A school day's load (issue 18): people of every role working at once through the API, in steps of concurrent users
 * ({@link LoadSteps}), each user one visit without pauses, so that the concurrency is the number of requests in
 * flight. The floors run in the same mix, at the same load: the management interface's health endpoint (no
 * application, no token) and an authenticated read of one school (the token check and the API's plumbing around one
 * primary-key read). Every request's name carries the step it ran in, so that the report separates the steps.
 * {@link LoadBenchmark} starts the stack and hands over the addresses, tokens and ids as system properties.
 */
public class SchoolDayLoad extends Simulation {

    private static final LoadSteps STEPS = LoadSteps.fromSystemProperties();

    private final HttpProtocolBuilder api = http.baseUrl(System.getProperty("load.api"))
            .acceptHeader("application/json")
            .shareConnections()
            .disableCaching()
            // Gatling's own warm-up would fetch a page from the internet; the step before the first measured one warms.
            .disableWarmUp();

    private static ChainBuilder get(String kind, String path, String user) {
        return measured(kind, http("#{step} " + kind).get(path).header("Authorization", bearer(user)), 200);
    }

    /**
     * The request, its response time and whether it failed kept in {@link LoadFigures} under its step and kind; of a
     * write that succeeded, where its record is (its Location), which the failover benchmark looks up afterwards.
     */
    private static ChainBuilder measured(String kind, HttpRequestActionBuilder request, int status) {
        return exec(session -> session.remove("rt").remove("location").markAsSucceeded())
                .exec(request.check(responseTimeInMillis().saveAs("rt"), status().is(status),
                        header("Location").optional().saveAs("location")))
                .exec(session -> {
                    LoadFigures.record(session.getString("step"), kind,
                            session.contains("rt") ? session.getInt("rt") : -1, !session.isFailed());
                    if (status == 201 && !session.isFailed() && session.contains("location")) {
                        LoadFigures.acknowledged(session.getString("location"));
                    }
                    return session;
                });
    }

    private static String bearer(String user) {
        return "Bearer " + System.getProperty("load.token." + user);
    }

    private static ChainBuilder pick(String name, String property) {
        List<String> ids = List.of(System.getProperty(property).split(","));
        return exec(session -> session.set(name, ids.get(ThreadLocalRandom.current().nextInt(ids.size()))));
    }

    private final ChainBuilder psychologistOpensAFile = pick("student", "load.students")
            .exec(get("psychologist: students", "students?size=20", "psychologist1"))
            .exec(get("psychologist: student file", "students/#{student}", "psychologist1"))
            .exec(get("psychologist: sessions", "students/#{student}/sessions", "psychologist1"))
            .exec(get("psychologist: cases of the student", "cases?studentId=#{student}", "psychologist1"));

    private final ChainBuilder psychologistRecordsASession = pick("student", "load.students")
            .exec(measured("psychologist: records a session", http("#{step} psychologist: records a session")
                    .post("students/#{student}/sessions")
                    .header("Authorization", bearer("psychologist1"))
                    .header("Content-Type", "application/json")
                    .body(StringBody("""
                            {"date":"%s","kind":"INDIVIDUAL","durationMinutes":40,"riskLevel":"LOW",
                             "confidentialNote":"Load test"}""".formatted(LocalDate.now(BenchStack.KAZAKHSTAN)))), 201));

    private final ChainBuilder socialPedagogueWorksTheInbox = exec(get("social pedagogue: inbox", "inbox", "socped1"))
            .exec(get("social pedagogue: cases", "cases?size=20", "socped1"));

    private final ChainBuilder inspectorWorksACase = pick("case", "load.cases")
            .exec(get("inspector: inbox", "inbox", "inspector1"))
            .exec(get("inspector: case", "cases/#{case}", "inspector1"))
            .exec(get("inspector: case timeline", "cases/#{case}/timeline", "inspector1"));

    private final ChainBuilder directorReadsLists = exec(get("director: students", "students?size=20", "director1"))
            .exec(get("director: cases", "cases?size=20", "director1"));

    private final ChainBuilder coordinatorOpensTheDashboard = exec(get("coordinator: cases", "cases?size=20",
            "coordinator1"))
            .exec(get("coordinator: safety statistics", "safety/statistics", "coordinator1"))
            .exec(get("coordinator: approvals", "approvals", "coordinator1"));

    private final ChainBuilder ombudsmanExportsAWorkbook = exec(get("ombudsman: regional summary workbook",
            "reports/regional-summary.xlsx?regionId=" + System.getProperty("load.region"), "ombudsman1"));

    private final ChainBuilder trustLineTakesAReport = measured("trust line: takes a report",
            http("#{step} trust line: takes a report")
                    .post("hotline/reports")
                    .header("Authorization", bearer("operator1"))
                    .header("Content-Type", "application/json")
                    .body(StringBody("""
                            {"channel":"PHONE","callerKind":"ANONYMOUS","summary":"Caller says a pupil is hurt.",
                             "concern":"DOMESTIC_VIOLENCE","urgency":"HIGH"}""")), 201);

    private final ChainBuilder floorHealth = measured("floor: management health",
            http("#{step} floor: management health").get(System.getProperty("load.management") + "/health/live"), 200);

    private final ChainBuilder floorSchool = exec(get("floor: authenticated GET of one school",
            "schools/" + System.getProperty("load.school"), "psychologist1"));

    private final ScenarioBuilder schoolDay = scenario("A school day")
            .exec(session -> session.set("step", STEPS.labelNow()))
            .exec(randomSwitch().on(
                    percent(20.0).then(psychologistOpensAFile),
                    percent(6.0).then(psychologistRecordsASession),
                    percent(12.0).then(socialPedagogueWorksTheInbox),
                    percent(12.0).then(inspectorWorksACase),
                    percent(10.0).then(directorReadsLists),
                    percent(8.0).then(coordinatorOpensTheDashboard),
                    percent(1.0).then(ombudsmanExportsAWorkbook),
                    percent(5.0).then(trustLineTakesAReport),
                    percent(13.0).then(floorHealth),
                    percent(13.0).then(floorSchool)));

    public SchoolDayLoad() {
        List<ClosedInjectionStep> injection = new ArrayList<>();
        injection.add(constantConcurrentUsers(STEPS.levels().get(0)).during(STEPS.warmUp()));
        int previous = STEPS.levels().get(0);
        for (int users : STEPS.levels()) {
            injection.add(rampConcurrentUsers(previous).to(users).during(STEPS.ramp()));
            injection.add(constantConcurrentUsers(users).during(STEPS.hold()));
            previous = users;
        }
        setUp(schoolDay.injectClosed(injection).protocols(api))
                .maxDuration(STEPS.total().plus(Duration.ofSeconds(30)));
    }

    @Override
    public void before() {
        STEPS.start();
    }
}
