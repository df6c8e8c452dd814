package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.onlyCaseOf;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jakarta.json.JsonObject;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker tried and the server must survive: absurd dates, NUL characters, concurrent withdrawals of an
 * opt-out, wildcards in a name search, deeply nested JSON, decompression bombs and endless files, and answers that
 * told a record outside one's jurisdiction from one that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class InputHardeningIT {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String MISSING = "987654321";
    private static final int DEEP = 5_000;
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Test
    void absurdDatesInABodyAre400NamingTheField() {
        long student = newStudentAtSchoolA();
        String raids = "students/" + student + "/raid-deliveries";

        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "1899-12-31")) {
            Api.Reply raid = Api.as("inspector1").post(raids, """
                    {"date":"%s","reason":"VAGRANCY","policeUnit":"ОП-1"}""".formatted(date));
            assertInvalidField(raid, "date");
        }
        assertInvalidField(Api.as("psychologist1").post("students/" + student + "/incidents", """
                {"date":"0000-01-01","type":"FIGHT","role":"VICTIM"}"""), "date");
        assertInvalidField(Api.as("psychologist1").post("students/" + student + "/sessions", """
                {"date":"%s","kind":"INDIVIDUAL","riskLevel":"LOW","followUpDate":"9999-12-31"}"""
                .formatted(today())), "followUpDate");
        assertThat(Api.as("psychologist1").get("students/" + student + "/incidents").array()).isEmpty();
        assertThat(Api.as("inspector1").get(raids).array()).isEmpty();
    }

    @Test
    void absurdDatesInAQueryAre400NamingTheParameter() {
        for (String query : List.of("audit?from=-999999999-01-01", "audit?to=%2B999999999-12-31")) {
            assertInvalidParameter(Api.as("ombudsman1").get(query), query);
        }
        for (String parameter : List.of("on", "from", "to")) {
            for (String date : List.of("-999999999-01-01", "%2B999999999-12-31", "2101-01-01")) {
                String query = "safety/statistics?" + parameter + "=" + date;
                assertInvalidParameter(Api.as("coordinator1").get(query), query);
            }
        }
        assertInvalidParameter(Api.as("coordinator1").get("reports/regional-summary.xlsx?from=1800-01-01"),
                "reports?from=");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIs400NamingTheParameterNot404() {
        Map<String, String> named = Map.of(
                "students?page=x", "page",
                "students?size=1.5", "size",
                "cases?studentId=abc", "studentId",
                "cases?size=99999999999", "size");
        named.forEach((query, parameter) -> {
            Api.Reply reply = Api.as("psychologist1").get(query);
            assertThat(reply.status()).as(query + ": " + reply).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.object().getString("detail")).as(query).contains("\"" + parameter + "\"")
                    .doesNotContain("RESTEASY").doesNotContain("jakarta");
        });
        assertThat(Api.as("admin1").get("evaluations?page=-x").status()).isEqualTo(400);
        assertThat(Api.as("psychologist1").inLanguage("kk").get("students?page=" + URLEncoder.encode("бір", StandardCharsets.UTF_8)).object().getString("detail"))
                .isEqualTo("«page» параметрінің мәні түрі немесе пішімі бойынша қате (сандар бүтін; күндер ЖЖЖЖ-АА-КК"
                        + " түрінде; тізімдер көрсетілген мәндердің бірін қабылдайды).");
        assertThat(Api.as("psychologist1").inLanguage("ru").get("students?size=" + URLEncoder.encode("много", StandardCharsets.UTF_8)).object().getString("detail"))
                .startsWith("Параметр «size» имеет значение неверного типа или формата");
        assertThat(Api.as("psychologist1").get("students/abc").status()).as("a path that names nothing").isEqualTo(404);
    }

    @Test
    void aNulCharacterIsRefusedNotAServerError() {
        long student = newStudentAtSchoolA();

        Api.Reply status = Api.as("director1").post("students/" + student + "/status",
                "{\"status\":\"LEFT\",\"reason\":\"moved\\u0000away\"}");
        Api.Reply draft = Api.as("admin1").post("thresholds/versions", "{\"note\":\"a\\u0000b\",\"values\":{}}");
        Api.Reply search = Api.as("socped1").get("students?name=x%00y");

        for (Api.Reply reply : List.of(status, draft, search)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(Api.as("director1").get("students/" + student).object().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void withdrawingAnOptOutTwiceOrAtOnceIsNeverAServerError() throws Exception {
        long student = newStudentAtSchoolA();
        String optOut = "students/" + student + "/survey-opt-out";
        assertThat(Api.as("socped1").post(optOut, "{\"reason\":\"Parents refused\"}").status()).isEqualTo(204);

        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> deletes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                deletes.add(() -> Api.as(List.of("socped1", "director1", "psychologist1").get(SERIAL.incrementAndGet() % 3))
                        .delete(optOut).status());
            }
            for (Future<Integer> done : pool.invokeAll(deletes)) {
                statuses.add(done.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnly(204);
        assertThat(Api.as("socped1").delete(optOut).status()).as("nothing left to withdraw").isEqualTo(204);
        assertThat(Api.as("psychologist1").get("students/" + student + "/survey-results").object()
                .getBoolean("optedOut")).isFalse();
        assertThat(Api.as("psychologist2").delete(optOut).status()).as("another school's student").isEqualTo(404);
    }

    @Test
    void wildcardsInANameSearchMatchThemselves() {
        String token = "Лит" + System.nanoTime() % 1_000_000_000;
        long percent = newStudentNamed(token + "%а");
        long underscore = newStudentNamed(token + "_б");
        long backslash = newStudentNamed(token + "\\в");
        long plain = newStudentNamed(token + "гд");

        assertThat(idsFound(token + "%")).containsExactly(percent);
        assertThat(idsFound(token + "_")).containsExactly(underscore);
        assertThat(idsFound(token + "\\")).containsExactly(backslash);
        assertThat(idsFound(token)).containsExactlyInAnyOrder(percent, underscore, backslash, plain);
    }

    @Test
    void aDeeplyNestedThresholdBodyIs400() {
        int before = Api.as("admin1").get("thresholds/versions?size=500").array().size();
        String deep = "[".repeat(DEEP) + "]".repeat(DEEP);

        List<Api.Reply> replies = List.of(
                Api.as("admin1").post("thresholds/versions",
                        "{\"note\":\"deep\",\"values\":{\"ew04MinIncidents\":" + deep + "}}"),
                Api.as("admin1").post("thresholds/versions", "{\"note\":\"deep\",\"values\":" + deep + "}"),
                Api.as("admin1").post("thresholds/versions", "{\"note\":" + deep + ",\"values\":{}}"),
                Api.as("admin1").post("thresholds/versions/1/what-if", "{\"regionId\":" + deep + ",\"months\":1}"));

        for (Api.Reply reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(Api.as("admin1").get("thresholds/versions?size=500").array()).hasSize(before);
    }

    @Test
    void aSpreadsheetThatInflatesBeyondTheLimitIs413SayingTheLimit() throws IOException {
        byte[] bomb = inflatingWorkbook(110L * 1024 * 1024);
        assertThat(bomb.length).as("well within the upload limit").isLessThan(5 * 1024 * 1024);

        Api.Reply reply = Api.as("director1").postBytes("imports/absences?fileName=bomb.xlsx", XLSX, bomb);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("detail")).contains("100 MB");
    }

    @Test
    void aFileOfMoreRowsThanTheLimitIs413SayingTheLimit() {
        StringBuilder csv = new StringBuilder("iin,period_start,period_end,unexcused_days\n");
        csv.append("1,x,x,1\n".repeat(200_001));

        Api.Reply reply = Api.as("director1").postBytes("imports/absences?fileName=endless.csv", CSV,
                csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("detail")).contains("200,000");
    }

    @Test
    void aReportFilterOutsideTheJurisdictionAnswersAsIfItDidNotExist() {
        assertSameAnswer(Api.as("coordinator1").get("reports/regional-summary.xlsx?regionId=19"),
                Api.as("coordinator1").get("reports/regional-summary.xlsx?regionId=" + MISSING));
        assertSameAnswer(Api.as("ombudsman2").get("reports/cases.xlsx?districtId=7502"),
                Api.as("ombudsman2").get("reports/cases.xlsx?districtId=" + MISSING));
        assertSameAnswer(Api.as("ombudsman2").inLanguage("ru").get("reports/registers.xlsx?schoolId=" + SCHOOL_A),
                Api.as("ombudsman2").inLanguage("ru").get("reports/registers.xlsx?schoolId=" + MISSING));
    }

    @Test
    void aRecordOutsideTheJurisdictionAnswersAsIfItDidNotExist() {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(1, "\"SUICIDAL_IDEATION\"", "Says she wants to disappear."));
        long theCase = onlyCaseOf(student).getJsonNumber("id").longValue();
        Api.Reply family = Api.as("socped1").post("families", """
                {"schoolId":%d,"address":"Алматы, ул. Абая, 10","flags":[]}""".formatted(SCHOOL_A));
        long familyId = family.object().getJsonNumber("id").longValue();
        Api outsider = Api.as("psychologist2");

        assertSameAnswer(outsider.get("students/" + student), outsider.get("students/" + MISSING));
        assertSameAnswer(outsider.get("cases/" + theCase), outsider.get("cases/" + MISSING));
        assertSameAnswer(outsider.get("families/" + familyId), outsider.get("families/" + MISSING));
        assertSameAnswer(outsider.get("schools/" + SCHOOL_A), outsider.get("schools/" + MISSING));
    }

    private static void assertInvalidField(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(field);
        assertThat(reply.object().getString("detail")).contains("1900-01-01").contains("2100-12-31");
    }

    private static void assertInvalidParameter(Api.Reply reply, String query) {
        assertThat(reply.status()).as(query + ": " + reply).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getString("detail")).contains("1900-01-01").contains("2100-12-31");
    }

    /** Both 404, and the same problem document but for the ids it names. */
    private static void assertSameAnswer(Api.Reply outside, Api.Reply missing) {
        assertThat(outside.status()).as(outside.toString()).isEqualTo(404);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
        assertThat(withoutNumbers(outside.text())).isEqualTo(withoutNumbers(missing.text()));
    }

    /** Ids as the message formats them in each language: 1001, 1,001, 1 001. */
    private static String withoutNumbers(String text) {
        return text.replaceAll("\\d[\\d,.\\u00a0\\u202f ]*\\d|\\d", "#");
    }

    private static long newStudentNamed(String lastName) {
        Api.Reply reply = Api.as("psychologist1").post("students", """
                {"iin":"%s","lastName":"%s","firstName":"Тест","schoolId":%d}"""
                .formatted(newIin(), lastName.replace("\\", "\\\\"), SCHOOL_A));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("id").longValue();
    }

    private static List<Long> idsFound(String name) {
        Api.Reply found = Api.as("psychologist1").get("students?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.array().getValuesAs(JsonObject.class).stream().map(s -> s.getJsonNumber("id").longValue())
                .toList();
    }

    /**
     * A real workbook whose sheet is replaced by one of about {@code inflatedBytes}: rows of an absences file padded
     * with blanks, so that it shrinks some forty times, as a bomb that slips under POI's own ratio check would.
     */
    private static byte[] inflatingWorkbook(long inflatedBytes) throws IOException {
        byte[] small;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("absences").createRow(0).createCell(0).setCellValue("iin");
            workbook.write(out);
            small = out.toByteArray();
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(small));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    writeSheet(out, inflatedBytes);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bomb.toByteArray();
    }

    private static void writeSheet(ZipOutputStream zip, long inflatedBytes) throws IOException {
        Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\">" + inline("iin") + inline("period_start") + inline("period_end")
                + inline("unexcused_days") + "</row>");
        Random random = new Random(7);
        String padding = " ".repeat(400);
        long written = 0;
        for (int row = 2; written < inflatedBytes; row++) {
            String line = "<row r=\"" + row + "\">" + padding + inline(String.valueOf(random.nextInt(1_000_000)))
                    + "</row>\n";
            sheet.write(line);
            written += line.length();
        }
        sheet.write("</sheetData></worksheet>");
        sheet.flush();
    }

    private static String inline(String text) {
        return "<c t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }
}
