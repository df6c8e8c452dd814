package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.today;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.qorgau.it.FuzzInputs.Mutation;
import kz.qorgau.it.FuzzInputs.Raw;
import kz.qorgau.it.FuzzOpenApi.Kind;
import kz.qorgau.it.FuzzOpenApi.Operation;
import kz.qorgau.it.FuzzOpenApi.Param;

/**
 * Property-based fuzzing of the whole API from its own OpenAPI document: every POST, PUT and DELETE, and the
 * query parameters of every GET, get malformed input from a demo user the endpoint permits, aimed at real records.
 * The properties, for every response:
 * <ul>
 * <li>the status is never 5xx;</li>
 * <li>every 4xx is {@code application/problem+json};</li>
 * <li>no body shows a Java class name, a stack trace, SQL or an exception's name;</li>
 * <li>an error leaves the database as it was (every table's row count and newest row version, over JDBC);</li>
 * <li>input that the document's schema does not allow (a fraction or an out-of-range number for an integer, a
 * string for a number, boolean or enum, an impossible date, an unknown field, a missing required field, a wrong
 * content type, a body that is not the JSON object asked for) is refused, never silently coerced into a 2xx.</li>
 * </ul>
 * The malformed values are chosen by {@link FuzzInputs} from a fixed seed, printed at the start; run with
 * {@code -Dfuzz.seed=N} to repeat another run, {@code -Dfuzz.extra=N} to draw more values per field. The run ends with
 * its figures and every failing case; the whole list is also written to {@code it/target/api-fuzz-report.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

    private static final long DEFAULT_SEED = 20_261_205L;

    /** Tried in this order for each operation; the first one the endpoint does not refuse with 403 sends its cases. */
    private static final List<String> USERS = List.of("admin1", "director1", "psychologist1", "socped1", "inspector1",
            "coordinator1", "operator1", "ombudsman1");

    /** The terminal steps of a record's course, sent last (in this order) so that they do not end it for the rest. */
    private static final List<String> LATE = List.of("/remedy", "/reject", "/accept", "/legal-hold", "/removal",
            "/incident", "/case", "/closure", "/transfers", "/confirm", "/cancel", "/activate", "/stop", "/restart",
            "/status", "/close");

    private static final Map<String, Pattern> LEAKS = leaks();

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static Map<String, Pattern> leaks() {
        Map<String, Pattern> leaks = new LinkedHashMap<>();
        leaks.put("Java class name", Pattern.compile("\\b(java|javax|jakarta|org|kz|com|io|sun)\\.[a-z]+\\.[A-Za-z]"));
        // no greedy prefix: a 100 KB run of letters echoed back must not cost quadratic time
        leaks.put("exception name", Pattern.compile("Exception\\b"));
        leaks.put("stack-trace line", Pattern.compile("\\tat |\\n\\s+at [a-z]+\\.|\\.java:\\d+\\)"));
        leaks.put("SQL state or PostgreSQL error", Pattern.compile("SQLState|SQL state|ERROR: |Detail: |Hint: "));
        leaks.put("SQL", Pattern.compile(
                "(?i)\\bselect\\s+[\\w*.,\\s()]{1,200}?\\s+from\\s+\\w|\\binsert\\s+into\\b|\\bupdate\\s+\\w+\\s+set\\b|\\bdelete\\s+from\\b"));
        return leaks;
    }

    @Test
    void malformedInputIsRefusedWithAProblemAndChangesNothing() throws Exception {
        fuzzTheApi();
    }

    /** The whole run; outside the test so that it can also be aimed at a server that is already running. */
    static void fuzzTheApi() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int extra = Integer.getInteger("fuzz.extra", 1);
        int budget = Integer.getInteger("fuzz.max.requests", 6000);
        System.out.printf("ApiFuzzIT: seed %d (repeat with -Dfuzz.seed=%d), %d extra value(s) per field, at most %d requests%n",
                seed, seed, extra, budget);
        FuzzInputs.seed(seed);

        Api.Reply served = Api.server("openapi?format=JSON");
        if (served.status() != 200) {
            fail("no OpenAPI document: " + served);
        }
        FuzzOpenApi api = new FuzzOpenApi(served.object());
        List<Operation> operations = order(api.operations());
        FuzzWorld world = new FuzzWorld(api);

        try (Fingerprint database = new Fingerprint()) {
            Run run = new Run(api, world, database, extra, budget);
            for (Operation operation : operations) {
                run.fuzz(operation);
            }
            run.finish(operations);
        }
    }

    /** Reads first, then changes, the terminal steps of a record's course next, DELETEs last. */
    private static List<Operation> order(List<Operation> operations) {
        List<Operation> ordered = new ArrayList<>(operations);
        ordered.sort((a, b) -> {
            int byPhase = Integer.compare(phase(a), phase(b));
            if (byPhase != 0) {
                return byPhase;
            }
            int byLate = Integer.compare(late(a), late(b));
            return byLate != 0 ? byLate : a.label().compareTo(b.label());
        });
        return ordered;
    }

    private static int phase(Operation op) {
        return switch (op.method()) {
            case "GET" -> 0;
            case "DELETE" -> 3;
            default -> late(op) >= 0 ? 2 : 1;
        };
    }

    private static int late(Operation op) {
        for (int i = 0; i < LATE.size(); i++) {
            if (op.template().endsWith(LATE.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** One request as it is sent. */
    record Request(String method, String path, String contentType, byte[] body) {
    }

    /** One malformed input for an operation; {@code invalid} when its schema forbids it, so a 2xx is a failure. */
    record Case(String kind, boolean invalid, Supplier<Request> request) {
    }

    record Reply(int status, String contentType, byte[] body, String location) {

        Reply(int status, String contentType, byte[] body) {
            this(status, contentType, body, null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String excerpt() {
            String text = text().replace("\u0000", "\\u0000").replaceAll("[\\r\\n\\t]+", " ");
            return text.length() > 200 ? text.substring(0, 200) + "..." : text;
        }
    }

    record Failure(String operation, String kind, String reason, int status, String body) {

        String line() {
            return "[" + reason + "] " + kind + " -> " + status + " " + body;
        }
    }

    /** The state of one run: what was sent, what came back, what failed. */
    private static final class Run {

        private final FuzzOpenApi api;
        private final FuzzWorld world;
        private final Fingerprint database;
        private final int extra;
        private final int budget;
        private final long started = System.nanoTime();
        private final Map<String, Integer> classes = new TreeMap<>();
        private final List<Failure> failures = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<String, String> controls = new TreeMap<>();
        private final Map<String, Integer> perOperation = new LinkedHashMap<>();
        private int requests;
        private final List<String> slow = new ArrayList<>();
        private long httpNanos;
        private Map<String, String> state;

        Run(FuzzOpenApi api, FuzzWorld world, Fingerprint database, int extra, int budget) throws SQLException {
            this.api = api;
            this.world = world;
            this.database = database;
            this.extra = extra;
            this.budget = budget;
            this.state = database.take();
        }

        void fuzz(Operation op) throws Exception {
            if (requests >= budget) {
                return;
            }
            String user = permittedUser(op);
            if (user == null) {
                failures.add(new Failure(op.label(), "every demo user", "not fuzzed: every demo user is refused", 403,
                        "users tried: " + USERS));
                return;
            }
            List<Case> cases = new ArrayList<>();
            for (Param param : op.in("query")) {
                cases.addAll(queryCases(op, param));
            }
            for (Param param : op.in("path")) {
                cases.addAll(pathCases(op, param));
            }
            if (op.jsonBody() || FuzzWorld.inlineSchema(op) != null) {
                cases.addAll(bodyCases(op));
            } else if (op.upload()) {
                cases.addAll(uploadCases(op));
            }
            perOperation.put(op.label() + " as " + user, cases.size());
            state = database.take(); // making the bases may have read versions, and reads are audited
            long began = System.nanoTime();
            for (Case c : cases) {
                if (requests >= budget) {
                    notes.add("request budget of " + budget + " reached in " + op.label());
                    return;
                }
                int helpers = world.helperRequests();
                Request request = c.request().get();
                if (world.helperRequests() != helpers) {
                    state = database.take(); // the version just read for the body is not the case's doing
                }
                long sent = System.nanoTime();
                Reply reply = send(request, user);
                double took = (System.nanoTime() - sent) / 1e9;
                if (took > 2) {
                    slow.add("%.1f s: %s %s as %s -> %d".formatted(took, op.label(), c.kind(), user, reply.status()));
                    System.out.println("ApiFuzzIT: slow: " + slow.get(slow.size() - 1));
                }
                check(op, c, request, reply, user);
            }
            System.out.printf("ApiFuzzIT: %-60s as %-13s %4d cases in %5.1f s, %d failures so far%n", op.label(), user,
                    cases.size(), (System.nanoTime() - began) / 1e9, failures.size());
        }

        // ---------------------------------------------------------------------------------------------- users

        /**
         * The first demo user the endpoint does not refuse, asked with ids that do not exist and an empty JSON object:
         * roles are checked where the service is called, so the body must get that far.
         */
        private String permittedUser(Operation op) throws Exception {
            String path = path(op, null, null);
            for (String user : USERS) {
                Request probe = switch (op.method()) {
                    case "GET", "DELETE" -> new Request(op.method(), path, null, null);
                    default -> op.jsonBody() ? new Request(op.method(), path, "application/json",
                            bytes("{}"))
                            : op.upload() ? new Request(op.method(), path, "text/csv", bytes("probe\n"))
                            : new Request(op.method(), path, null, null);
                };
                Reply reply = send(probe, user);
                check(op, new Case("role probe as " + user + " (ids that do not exist)", false, () -> probe), probe, reply,
                        user);
                if (reply.status() != 403 && reply.status() != 401) {
                    return user;
                }
            }
            return null;
        }

        // ---------------------------------------------------------------------------------------------- paths

        /** The operation's path under /api/ with real ids, one parameter replaced by an encoded value if given. */
        private String path(Operation op, String param, String encoded) {
            String path = op.apiTemplate();
            for (Param p : op.in("path")) {
                String value = p.name().equals(param) ? encoded
                        : param == null && encoded == null && !p.name().equals("report") ? Long.toString(FuzzWorld.MISSING)
                        : world.pathValue(op, p.name());
                path = path.replace("{" + p.name() + "}", value);
            }
            return path;
        }

        private String realPath(Operation op) {
            String path = op.apiTemplate();
            for (Param p : op.in("path")) {
                path = path.replace("{" + p.name() + "}", world.pathValue(op, p.name()));
            }
            return path;
        }

        private static boolean dateNamed(String name) {
            return name.equals("from") || name.equals("to") || name.equals("on");
        }

        private List<Case> queryCases(Operation op, Param param) {
            Kind kind = api.kindOf(param.schema());
            List<List<Raw>> values = FuzzInputs.forQuery(kind, dateNamed(param.name()));
            boolean paging = param.name().equals("page") || param.name().equals("size");
            List<Raw> chosen = FuzzInputs.pick(values.get(0), values.get(1), paging ? 0 : extra);
            List<Case> cases = new ArrayList<>();
            for (Raw raw : chosen) {
                boolean invalid = !api.validParameter(raw.decoded(), param, dateNamed(param.name()));
                cases.add(new Case("query " + param.name() + "=" + raw.kind(), invalid, () -> {
                    Request base = withBody(op, new Request(op.method(), realPath(op), null, null));
                    return new Request(base.method(), realPath(op) + query(op, param.name(), raw.encoded()),
                            base.contentType(), base.body());
                }));
            }
            return cases;
        }

        /** The query of a request with one parameter set to a malformed value, beside the others an upload needs. */
        private String query(Operation op, String name, String encoded) {
            Map<String, String> params = op.upload() ? new LinkedHashMap<>(Upload.of(op, world).params())
                    : new LinkedHashMap<>();
            params.put(name, encoded);
            return "?" + params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&"));
        }

        private List<Case> pathCases(Operation op, Param param) {
            Kind kind = api.kindOf(param.schema());
            List<List<Raw>> values = FuzzInputs.forPath(kind);
            List<Raw> chosen = FuzzInputs.pick(values.get(0), values.get(1), op.method().equals("GET") ? 0 : extra);
            List<Case> cases = new ArrayList<>();
            for (Raw raw : chosen) {
                boolean invalid = !api.validParameter(raw.decoded(), param, false);
                cases.add(new Case("path {" + param.name() + "}=" + raw.kind(), invalid,
                        () -> withBody(op, new Request(op.method(), path(op, param.name(), raw.encoded()), null, null))));
            }
            return cases;
        }

        /** The request with the valid body of its operation, if it takes one. */
        private Request withBody(Operation op, Request request) {
            JsonObject schema = schemaOf(op);
            if (schema != null) {
                return new Request(request.method(), request.path(), "application/json",
                        json(world.base(op, schema).toString()));
            }
            if (op.upload()) {
                Upload upload = Upload.of(op, world);
                return new Request(request.method(), request.path() + upload.query(), upload.contentType(),
                        upload.valid());
            }
            return request;
        }

        private JsonObject schemaOf(Operation op) {
            JsonObject inline = FuzzWorld.inlineSchema(op);
            if (inline != null) {
                return inline;
            }
            return op.jsonBody() && op.bodySchema() != null ? api.resolve(op.bodySchema()) : null;
        }

        // ---------------------------------------------------------------------------------------------- bodies

        private List<Case> bodyCases(Operation op) {
            JsonObject schema = schemaOf(op);
            String path = realPath(op);
            String method = op.method();
            boolean hasRequired = !api.required(schema).isEmpty();
            JsonObject sample = world.base(op, schema);
            boolean baseValid = api.valid(sample, schema, true);
            if (!baseValid) {
                notes.add(op.label() + ": the test's own base body does not satisfy the schema, so coercions are not judged there: "
                        + excerpt(sample.toString()));
            }
            List<Case> cases = new ArrayList<>();
            Supplier<String> base = () -> world.base(op, schema).toString();
            cases.add(new Case("valid body (control)", false, () -> request(method, path, "application/json", base.get())));
            cases.add(new Case("body not JSON", true,
                    () -> request(method, path, "application/json", FuzzInputs.notJson())));
            cases.add(new Case("truncated JSON", true, () -> {
                String text = base.get();
                return request(method, path, "application/json", text.substring(0, text.length() / 2));
            }));
            cases.add(new Case("JSON array instead of object", true,
                    () -> request(method, path, "application/json", "[" + base.get() + "]")));
            cases.add(new Case("5,000-deep nested arrays", true,
                    () -> request(method, path, "application/json", FuzzInputs.deepArray())));
            String first = schema.containsKey("properties") && !schema.getJsonObject("properties").isEmpty()
                    ? schema.getJsonObject("properties").keySet().iterator().next() : "a";
            cases.add(new Case("5,000-deep nested object in field " + first, true, () -> {
                JsonObject body = world.base(op, schema);
                JsonObjectBuilder rest = Json.createObjectBuilder(body).remove(first);
                String text = rest.build().toString();
                String deep = "\"" + first + "\":" + FuzzInputs.deepObject();
                return request(method, path, "application/json",
                        text.equals("{}") ? "{" + deep + "}" : "{" + deep + "," + text.substring(1));
            }));
            cases.add(new Case("empty object", hasRequired, () -> request(method, path, "application/json", "{}")));
            cases.add(new Case("null for every field", hasRequired, () -> {
                JsonObjectBuilder nulls = Json.createObjectBuilder();
                world.base(op, schema).keySet().forEach(nulls::addNull);
                return request(method, path, "application/json", nulls.build().toString());
            }));
            cases.add(new Case("unknown extra field", baseValid, () -> request(method, path, "application/json",
                    Json.createObjectBuilder(world.base(op, schema)).add("fuzzUnknownField", "x").build().toString())));
            cases.add(new Case("JSON null as the body", true, () -> request(method, path, "application/json", "null")));
            cases.add(new Case("empty body", true, () -> request(method, path, "application/json", "")));
            cases.add(new Case("Content-Type text/plain", true, () -> request(method, path, "text/plain", base.get())));
            cases.add(new Case("Content-Type application/xml", true,
                    () -> request(method, path, "application/xml", "<student><iin>1</iin></student>")));
            cases.add(new Case("no Content-Type", true, () -> request(method, path, null, base.get())));
            cases.add(new Case("Content-Type form", true,
                    () -> request(method, path, "application/x-www-form-urlencoded", "iin=1&version=1")));

            List<Field> fields = new ArrayList<>();
            fields(schema, sample, "", fields);
            for (Field field : fields) {
                List<List<Mutation>> values = FuzzInputs.forField(field.kind(), field.schema(), field.example());
                for (Mutation mutation : FuzzInputs.pick(values.get(0), values.get(1), extra)) {
                    JsonObject mutated = (JsonObject) Json.createPointer(field.pointer()).replace(sample, mutation.value());
                    boolean invalid = baseValid && !api.valid(mutated, schema, true);
                    cases.add(new Case("field " + field.pointer() + ": " + mutation.kind(), invalid, () -> {
                        JsonObject body = (JsonObject) Json.createPointer(field.pointer())
                                .replace(world.base(op, schema), mutation.value());
                        return request(method, path, "application/json",
                                body.toString().replace(FuzzInputs.LONE_SURROGATE, "\\ud800"));
                    }));
                }
            }
            return cases;
        }

        record Field(String pointer, JsonObject schema, Kind kind, JsonValue example) {
        }

        /** Every property of the body, nested objects and the first item of arrays included, with its value in the base. */
        private void fields(JsonObject schema, JsonValue value, String pointer, List<Field> out) {
            JsonObject s = api.resolve(schema);
            if (!s.containsKey("properties") || !(value instanceof JsonObject object)) {
                return;
            }
            s.getJsonObject("properties").forEach((name, property) -> {
                if (!object.containsKey(name)) {
                    return;
                }
                JsonObject propertySchema = api.resolve(property.asJsonObject());
                Kind kind = api.kindOf(propertySchema);
                String at = pointer + "/" + name;
                JsonValue example = object.get(name);
                out.add(new Field(at, propertySchema, kind, example));
                if (kind == Kind.OBJECT) {
                    fields(propertySchema, example, at, out);
                } else if (kind == Kind.ARRAY && example instanceof jakarta.json.JsonArray array && !array.isEmpty()
                        && propertySchema.containsKey("items")) {
                    JsonObject items = api.resolve(propertySchema.getJsonObject("items"));
                    Kind itemKind = api.kindOf(items);
                    if (itemKind == Kind.OBJECT) {
                        fields(items, array.get(0), at + "/0", out);
                    } else {
                        out.add(new Field(at + "/0", items, itemKind, array.get(0)));
                    }
                }
            });
        }

        // ---------------------------------------------------------------------------------------------- uploads

        private List<Case> uploadCases(Operation op) {
            Upload upload = Upload.of(op, world);
            String path = realPath(op);
            String method = op.method();
            List<Case> cases = new ArrayList<>();
            Supplier<String> query = upload::query;
            cases.add(new Case("valid file (control)", false,
                    () -> new Request(method, path + query.get(), upload.contentType(), upload.valid())));
            cases.add(new Case("file: random bytes", true,
                    () -> new Request(method, path + query.get(), upload.contentType(), FuzzInputs.garbage(2048))));
            cases.add(new Case("file: empty", true, () -> new Request(method, path + query.get(), upload.contentType(), new byte[0])));
            cases.add(new Case("file: NUL bytes", true, () -> new Request(method, path + query.get(), upload.contentType(),
                    bytes("\u0000\u0000\u0000" + new String(upload.valid(), StandardCharsets.ISO_8859_1)))));
            cases.add(new Case("file: a cut-short XLSX", true, () -> new Request(method, path + query.get(),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    concat(new byte[] {'P', 'K', 3, 4, 20, 0}, FuzzInputs.garbage(200)))));
            cases.add(new Case("file: Content-Type application/json", true,
                    () -> new Request(method, path + query.get(), "application/json", bytes("{\"iin\":1}"))));
            cases.add(new Case("file: no Content-Type", true,
                    () -> new Request(method, path + query.get(), null, upload.valid())));
            for (List<String> row : upload.malformedRows(extra)) {
                cases.add(new Case("file row: " + row.get(0), false, () -> new Request(method, path + query.get(),
                        upload.contentType(), bytes(row.get(1)))));
            }
            return cases;
        }

        // ---------------------------------------------------------------------------------------------- sending

        private Request request(String method, String path, String contentType, String body) {
            return new Request(method, path, contentType, json(body));
        }

        private Reply send(Request request, String user) throws InterruptedException {
            requests++;
            HttpRequest.Builder builder;
            try {
                builder = HttpRequest.newBuilder(URI.create(Api.BASE + request.path()));
            } catch (IllegalArgumentException e) {
                return new Reply(-1, "", bytes("not sent, not a URI: " + e.getMessage()));
            }
            builder.timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + Api.tokenOf(user))
                    .header("Accept", "application/json").header("Accept-Language", "en");
            if (request.contentType() != null) {
                builder.header("Content-Type", request.contentType());
            }
            HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body());
            builder.method(request.method(), body);
            long began = System.nanoTime();
            try {
                HttpResponse<byte[]> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                String location = response.headers().firstValue("Location")
                        .map(l -> response.uri().resolve(l).toString()).orElse(null);
                return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.body(), location);
            } catch (IOException e) {
                return new Reply(0, "", bytes("no answer: " + e));
            } finally {
                httpNanos += System.nanoTime() - began;
            }
        }

        /**
         * What the same refused request writes when sent again. The server's timers (deadline checks every five
         * minutes) and the audit sealer write on their own, and may do so while a request is checked; a request that
         * writes on an error writes again when repeated, a timer does not fire twice in a row.
         */
        private List<String> writtenAgain(Request request, String user) throws SQLException, InterruptedException {
            Map<String, String> before = database.take();
            Reply again = send(request, user);
            Map<String, String> after = database.take();
            state = after;
            return again.status() >= 400 ? Fingerprint.changed(before, after) : List.of();
        }

        private void check(Operation op, Case c, Request request, Reply reply, String user)
                throws SQLException, InterruptedException {
            int status = reply.status();
            String statusClass = status <= 0 ? "no answer" : (status / 100) + "xx";
            classes.merge(statusClass, 1, Integer::sum);
            Map<String, String> before = state;
            Map<String, String> after = database.take();
            boolean changing = !request.method().equals("GET");
            if (status == 202) {
                after = finished(reply, user);
            }
            state = after;
            if (status >= 200 && status < 300 && changing) {
                world.changed();
            }

            if (status <= 0) {
                failed(op, c, "no answer", reply);
                return;
            }
            if (status >= 500) {
                failed(op, c, "5xx", reply);
            }
            if (status >= 400 && status < 500 && !reply.contentType().startsWith("application/problem+json")) {
                failed(op, c, "4xx not problem+json (" + (reply.contentType().isEmpty() ? "no Content-Type" : reply.contentType()) + ")", reply);
            }
            if (readable(reply.contentType())) {
                String text = reply.text();
                for (Map.Entry<String, Pattern> leak : LEAKS.entrySet()) {
                    Matcher matcher = leak.getValue().matcher(text);
                    if (matcher.find()) {
                        String around = text.substring(Math.max(0, matcher.start() - 30), matcher.end());
                        failed(op, c, "leak: " + leak.getKey() + " '" + around.replaceAll("\\s+", " ") + "'", reply);
                    }
                }
            }
            if (status >= 400) {
                List<String> changed = Fingerprint.changed(before, after);
                if (!changed.isEmpty()) {
                    changed = writtenAgain(request, user);
                }
                if (!changed.isEmpty()) {
                    failed(op, c, "wrote on an error: " + String.join(", ", changed), reply);
                }
            }
            if (status >= 200 && status < 300 && c.invalid()) {
                failed(op, c, "accepted input its schema does not allow (expected 400)", reply);
            }
            if (c.kind().endsWith("(control)")) {
                controls.put(op.label(), status + (status >= 400 ? " " + reply.excerpt() : ""));
            }
        }

        /**
         * After a 202 the server works on in the background (a region evaluation, a what-if run, a report): follow
         * the run at its Location until it is no longer under way (at most 60 s), then take the tables' state anew.
         */
        private Map<String, String> finished(Reply accepted, String user) throws SQLException, InterruptedException {
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            if (accepted.location() == null || !accepted.location().startsWith(Api.BASE)) {
                notes.add("a 202 without a Location under /api/ to follow: " + accepted.location());
                return database.take();
            }
            while (System.nanoTime() < until) {
                Reply run = send(new Request("GET", accepted.location().substring(Api.BASE.length()), null, null), user);
                requests--; // following the run is not one of the cases
                if (run.status() != 200 || !underWay(run.text())) {
                    return database.take();
                }
                Thread.sleep(250);
            }
            notes.add("a run accepted with 202 was still under way after 60 s: " + accepted.location());
            return database.take();
        }

        private static boolean underWay(String json) {
            Matcher status = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"").matcher(json);
            return status.find() && Set.of("NEW", "QUEUED", "PENDING", "STARTING", "STARTED", "RUNNING", "STOPPING")
                    .contains(status.group(1));
        }

        private static boolean readable(String contentType) {
            return contentType.isEmpty() || contentType.contains("json") || contentType.startsWith("text/")
                    || contentType.contains("xml") || contentType.contains("html");
        }

        private void failed(Operation op, Case c, String reason, Reply reply) {
            failures.add(new Failure(op.label(), c.kind(), reason, reply.status(), reply.excerpt()));
        }

        // ---------------------------------------------------------------------------------------------- report

        void finish(List<Operation> operations) throws IOException {
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Long> methods = operations.stream()
                    .collect(Collectors.groupingBy(Operation::method, TreeMap::new, Collectors.counting()));
            Map<String, Long> reasons = failures.stream().collect(Collectors.groupingBy(
                    f -> f.reason().replaceAll(":.*| \\(.*", ""), TreeMap::new, Collectors.counting()));
            StringBuilder out = new StringBuilder();
            out.append("%n==== ApiFuzzIT: %d operations %s, %d requests in %.1f s%n".formatted(operations.size(), methods,
                    requests, seconds));
            out.append("status classes: %s; 5xx: %d%n".formatted(classes, classes.getOrDefault("5xx", 0)));
            out.append("time: %.1f s waiting for answers, %.1f s reading the database (%d full snapshots)%n".formatted(
                    httpNanos / 1e9, database.nanos / 1e9, database.full));
            out.append("failures: %d %s%n".formatted(failures.size(), reasons));
            for (String request : slow) {
                out.append("slow: ").append(request).append('\n');
            }
            for (String note : notes) {
                out.append("note: ").append(note).append('\n');
            }
            out.append("---- the valid control body per operation, answered with (a 4xx here means its field cases only "
                    + "reach the checks before it):%n".formatted());
            controls.forEach((op, status) -> out.append("  ").append(op).append(" -> ").append(status).append('\n'));
            out.append("---- cases per operation:%n".formatted());
            perOperation.forEach((op, n) -> out.append("  ").append(op).append(": ").append(n).append('\n'));
            out.append("---- failing cases, by endpoint:%n".formatted());
            Map<String, List<Failure>> byOperation = failures.stream()
                    .collect(Collectors.groupingBy(Failure::operation, TreeMap::new, Collectors.toList()));
            byOperation.forEach((op, list) -> {
                out.append(op).append(" (").append(list.size()).append(")\n");
                list.forEach(f -> out.append("    ").append(f.line()).append('\n'));
            });
            String report = out.toString();
            System.out.println(report);
            Path file = Path.of(System.getProperty("it.work", "target/it-work")).getParent().resolve("api-fuzz-report.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            if (!failures.isEmpty()) {
                String first = failures.stream().limit(40).map(f -> f.operation() + " " + f.line())
                        .collect(Collectors.joining("\n"));
                org.junit.jupiter.api.Assertions.fail(failures.size() + " failing cases " + reasons + " in " + requests
                        + " requests; all of them in " + file + "; the first 40:\n" + first);
            }
        }
    }

    /** A file upload (imports, evidence): its valid form and rows broken one cell at a time. */
    private record Upload(String contentType, String header, List<String> row, Map<String, String> params) {

        static Upload of(Operation op, FuzzWorld world) {
            String t = op.apiTemplate();
            Map<String, String> csv = new LinkedHashMap<>();
            csv.put("fileName", "fuzz.csv");
            csv.put("mode", "valid-rows");
            if (t.endsWith("survey-results")) {
                Map<String, String> params = new LinkedHashMap<>(csv);
                params.put("campaignId", Long.toString(world.campaign));
                return new Upload("text/csv", "iin,scale,score,taken_on",
                        List.of(world.studentIin, "anxiety", "5", today().minusDays(1).toString()), params);
            }
            if (t.endsWith("absences")) {
                return new Upload("text/csv", "iin,period_start,period_end,unexcused_days",
                        List.of(world.studentIin, today().minusDays(30).toString(), today().minusDays(1).toString(), "2"),
                        csv);
            }
            if (t.endsWith("roster")) {
                return new Upload("text/csv", "iin,last_name,first_name,middle_name,school_id,grade,class_letter",
                        List.of(world.studentIin, "Test", "Student", "", "1001", "9", "B"), csv);
            }
            if (t.endsWith("police-registrations")) {
                return new Upload("text/csv", "iin,reason,registered_on,review_on,basis_document,note",
                        List.of(world.studentIin, "OFFENSE", today().minusDays(1).toString(),
                                today().plusDays(90).toString(), "FUZZ-2", "Fuzz"), csv);
            }
            // evidence of a prescription: a picture, whose first bytes the server checks against its type
            return new Upload("image/png", null, List.of(), Map.of("fileName", "fuzz.png"));
        }

        String query() {
            return "?" + params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("&"));
        }

        byte[] valid() {
            if (header == null) {
                return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, new byte[64]);
            }
            return bytes(header + "\n" + String.join(",", row) + "\n");
        }

        /** Files of one row with one cell broken: {kind, file}; none for uploads that are no table. */
        List<List<String>> malformedRows(int extra) {
            List<List<String>> files = new ArrayList<>();
            if (header == null) {
                return files;
            }
            String[] columns = header.split(",");
            for (int i = 0; i < columns.length; i++) {
                String column = columns[i];
                List<String[]> priority = new ArrayList<>();
                List<String[]> others = new ArrayList<>();
                if (column.endsWith("_on") || column.startsWith("period_")) {
                    priority.add(new String[] {"-999999999-01-01", "-999999999-01-01"});
                    priority.add(new String[] {"+999999999-12-31", "+999999999-12-31"});
                    priority.add(new String[] {"2024-02-30", "2024-02-30"});
                    others.add(new String[] {"0000-01-01", "0000-01-01"});
                    others.add(new String[] {"9999-12-31", "9999-12-31"});
                } else if (Set.of("score", "unexcused_days", "grade", "school_id").contains(column)) {
                    priority.add(new String[] {"1001.5", "1001.5"});
                    priority.add(new String[] {"18446744073709551617", "18446744073709551617"});
                    priority.add(new String[] {"1e308", "1e308"});
                    others.add(new String[] {"-1", "-1"});
                } else {
                    priority.add(new String[] {"U+0000", "Fuzz\u0000value"});
                    others.add(new String[] {"control characters", FuzzInputs.controlCharacters().replace(",", "")
                            .replace("\n", "").replace("\r", "").replace("\"", "")});
                    others.add(new String[] {"100 KB cell", FuzzInputs.huge()});
                }
                for (String[] value : FuzzInputs.pick(priority, others, extra)) {
                    List<String> cells = new ArrayList<>(row);
                    cells.set(i, value[1]);
                    files.add(List.of(column + " " + value[0], header + "\n" + String.join(",", cells) + "\n"));
                }
            }
            return files;
        }
    }

    // -------------------------------------------------------------------------------------------------- the database

    /**
     * Every table's row count and the newest row version (xmin) committed in it: an insert, update or delete that
     * committed changes it, one that rolled back does not. One query over all tables.
     */
    private static final class Fingerprint implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement query;
        private String lastSnapshot = "";
        private Map<String, String> last;
        long nanos;
        int full;

        Fingerprint() throws SQLException {
            connection = Fixtures.database();
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                    select table_schema, table_name from information_schema.tables
                     where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                     order by 1, 2""")) {
                while (rows.next()) {
                    tables.add("\"" + rows.getString(1) + "\".\"" + rows.getString(2) + "\"");
                }
            }
            query = connection.prepareStatement(tables.stream().map(t -> "select '" + t.replace("'", "''").replace("\"public\".", "")
                            + "', count(*), coalesce(max(" + newest(t) + "), 0) from " + t)
                    .collect(Collectors.joining(" union all ")));
        }

        /**
         * What shows a committed write in a table: the newest row version, except where a timer updates rows in the
         * background while a request may only add them: the audit trail (the sealer writes chain position and hash)
         * and the mail outbox (the sender marks mails sent or counts failed attempts). There the newest row is what
         * a request could have added.
         */
        private static String newest(String table) {
            return table.equals("\"public\".\"audit_event\"") || table.equals("\"public\".\"mail_outbox\"")
                    ? "id" : "xmin::text::bigint";
        }

        /**
         * The state now. Any transaction that writes is given an id, so while PostgreSQL's snapshot (the ids in
         * progress and the next one to be given) has not moved, nothing can have been written and the last state
         * still holds; only otherwise are the tables read.
         */
        Map<String, String> take() throws SQLException {
            long began = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                String snapshot = snapshot(statement);
                if (snapshot.equals(lastSnapshot) && last != null) {
                    return last;
                }
                Map<String, String> state = new TreeMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        state.put(rows.getString(1), rows.getLong(2) + "/" + rows.getLong(3));
                    }
                }
                full++;
                lastSnapshot = snapshot;
                last = state;
                return state;
            } finally {
                nanos += System.nanoTime() - began;
            }
        }

        private static String snapshot(Statement statement) throws SQLException {
            try (ResultSet rows = statement.executeQuery("select txid_current_snapshot()::text")) {
                rows.next();
                return rows.getString(1);
            }
        }

        static List<String> changed(Map<String, String> before, Map<String, String> after) {
            List<String> changed = new ArrayList<>();
            after.forEach((table, now) -> {
                String was = before.get(table);
                if (!now.equals(was)) {
                    String rowsBefore = was == null ? "-" : was.substring(0, was.indexOf('/'));
                    changed.add(table.replace("\"", "") + " (rows " + rowsBefore + " -> " + now.substring(0, now.indexOf('/')) + ")");
                }
            });
            return changed;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    // -------------------------------------------------------------------------------------------------- helpers

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(String text) {
        return bytes(text);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String excerpt(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

}
