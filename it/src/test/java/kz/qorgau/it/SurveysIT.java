package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.SCHOOL_B;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.JsonObject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * Survey instruments and campaigns, and the survey-results import: every row validated and reported, nothing
 * half-applied, the same file twice adding nothing, limits answered as problem+json, and a region's 100,000 rows
 * in one request. Students of these tests are born in September 2012.
 */
@ExtendWith(ArquillianExtension.class)
class SurveysIT {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "iin,scale,score,taken_on\n";
    private static final AtomicInteger SERIAL = new AtomicInteger(1);
    private static final AtomicLong CODES = new AtomicLong(System.nanoTime() % 1_000_000);

    @Test
    void administratorsKeepInstrumentsAndCoordinatorsOpenCampaignsInTheirRegion() {
        String code = "PHQ-" + CODES.incrementAndGet();
        Api.Reply created = Api.as("admin1").post("surveys/instruments", instrumentJson(code));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long instrument = created.object().getJsonNumber("id").longValue();

        assertThat(Api.as("admin1").post("surveys/instruments", instrumentJson(code)).status()).isEqualTo(409);
        assertThat(Api.as("coordinator1").post("surveys/instruments", instrumentJson("X" + code)).status())
                .isEqualTo(403);
        assertThat(Api.as("psychologist1").get("surveys/instruments").array().getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("code")).contains(code);

        Api.Reply campaign = Api.as("coordinator1").post("surveys/campaigns", campaignJson(instrument,
                today().minusDays(20), today().plusDays(10), SCHOOL_A));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        long campaignId = campaign.object().getJsonNumber("id").longValue();
        Api.Reply backwards = Api.as("coordinator1").post("surveys/campaigns", campaignJson(instrument,
                today(), today().minusDays(1), SCHOOL_A));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(Api.as("ombudsman2").post("surveys/campaigns", campaignJson(instrument, today(), today(),
                SCHOOL_A)).status()).isEqualTo(403);

        assertThat(campaignIds("psychologist1")).contains(campaignId);
        assertThat(campaignIds("psychologist2")).doesNotContain(campaignId);
    }

    @Test
    void aGoodCsvAppliesAndTheSameFileAgainAddsNothing() throws SQLException {
        long campaign = newCampaign(SCHOOL_A);
        String first = newStudentIin();
        String second = newStudentIin();
        byte[] file = csv(row(first, "depression", "18"), row(first, "anxiety", "4.5"), row(second, "depression", "3"));

        Api.Reply applied = Api.as("psychologist1").postBytes(importPath(campaign, null), CSV, file);

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        JsonObject report = applied.object();
        assertThat(report.getBoolean("applied")).isTrue();
        assertThat(report.getInt("rowsRead")).isEqualTo(3);
        assertThat(report.getInt("accepted")).isEqualTo(3);
        assertThat(report.getInt("rejected")).isZero();
        assertThat(report.getString("sha256")).hasSize(64);
        assertThat(resultsOf(campaign)).isEqualTo(3);

        Api.Reply again = Api.as("psychologist1").postBytes(importPath(campaign, null), CSV, file);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.object().getBoolean("applied")).isFalse();
        assertThat(again.object().getString("note")).contains("already imported", today().toString());
        assertThat(resultsOf(campaign)).isEqualTo(3);
        assertThat(count("select count(*) from audit_event where record_type = 'survey-import' and action = 'CREATE'"
                + " and username = 'psychologist1' and row_count = 3")).isGreaterThanOrEqualTo(1);

        long student = studentId(first);
        JsonObject results = Api.as("director1").get("students/" + student + "/survey-results").object();
        assertThat(results.getBoolean("optedOut")).isFalse();
        assertThat(results.getJsonArray("results").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("scale") + " " + r.getBoolean("atOrAboveThreshold")
                        + " " + r.getBoolean("excluded"))
                .containsExactlyInAnyOrder("depression true false", "anxiety false false");
    }

    @Test
    void aFileWithOneBadIinAppliesNothingByDefaultAndOnlyTheValidRowsOnRequest() throws SQLException {
        long campaign = newCampaign(SCHOOL_A);
        String good = newStudentIin();
        String badCheckDigit = good.substring(0, 11) + ((good.charAt(11) - '0' + 1) % 10);
        byte[] file = csv(row(good, "depression", "10"), row(badCheckDigit, "depression", "11"),
                row(good, "anxiety", "2"), row(newStudentIin(), "anxiety", "3"));
        long resultsBefore = count("select count(*) from survey_result");

        Api.Reply english = Api.as("psychologist1").postBytes(importPath(campaign, null), CSV, file);
        Api.Reply russian = Api.as("psychologist1").inLanguage("ru").postBytes(importPath(campaign, "all-or-nothing"),
                CSV, file);

        assertThat(english.status()).as(english.toString()).isEqualTo(200);
        assertThat(english.object().getBoolean("applied")).isFalse();
        assertThat(english.object().getInt("accepted")).isEqualTo(3);
        assertThat(english.object().getInt("rejected")).isEqualTo(1);
        JsonObject rejected = english.object().getJsonArray("rejectedRows").getJsonObject(0);
        assertThat(rejected.getInt("row")).isEqualTo(3);
        assertThat(rejected.getString("column")).isEqualTo("iin");
        assertThat(rejected.getString("value")).isEqualTo(badCheckDigit);
        assertThat(rejected.getString("reason")).contains("check digit");
        assertThat(english.object().getString("note")).contains("mode=valid-rows");
        assertThat(russian.object().getJsonArray("rejectedRows").getJsonObject(0).getString("reason"))
                .contains("контрольная цифра");
        assertThat(count("select count(*) from survey_result")).as("nothing half-applied").isEqualTo(resultsBefore);
        assertThat(resultsOf(campaign)).isZero();

        Api.Reply validRows = Api.as("psychologist1").postBytes(importPath(campaign, "valid-rows"), CSV, file);

        assertThat(validRows.object().getBoolean("applied")).isTrue();
        assertThat(validRows.object().getInt("rowsApplied")).isEqualTo(3);
        assertThat(resultsOf(campaign)).isEqualTo(3);
    }

    @Test
    void anXlsxUploadIsReadLikeACsv() throws IOException, SQLException {
        long campaign = newCampaign(SCHOOL_A);
        String iin = newStudentIin();

        Api.Reply reply = Api.as("director1").postBytes(importPath(campaign, null), XLSX, xlsx(iin));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.object().getBoolean("applied")).as(reply.toString()).isTrue();
        assertThat(reply.object().getInt("accepted")).isEqualTo(2);
        assertThat(resultsOf(campaign)).isEqualTo(2);
    }

    @Test
    void wrongFilesAreRefusedAsAWholeWithProblemJson() throws IOException, SQLException {
        long campaign = newCampaign(SCHOOL_A);
        String iin = newStudentIin();
        Api psychologist = Api.as("psychologist1");
        byte[] workbook = xlsx(iin);

        Api.Reply wrongHeader = psychologist.postBytes(importPath(campaign, null), CSV,
                ("iin,scale,points,taken_on\n" + row(iin, "depression", "1")).getBytes(StandardCharsets.UTF_8));
        Api.Reply truncated = psychologist.postBytes(importPath(campaign, null), XLSX,
                Arrays.copyOf(workbook, workbook.length / 2));
        Api.Reply empty = psychologist.postBytes(importPath(campaign, null), CSV, new byte[0]);
        Api.Reply json = psychologist.postBytes(importPath(campaign, null), "application/json", "{}".getBytes());
        Api.Reply tooLarge = psychologist.postBytes(importPath(campaign, null), CSV, oversized(iin));

        assertThat(wrongHeader.status()).isEqualTo(400);
        assertThat(wrongHeader.contentType()).startsWith("application/problem+json");
        assertThat(wrongHeader.object().getString("detail")).contains("iin, scale, score, taken_on", "points");
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.object().getString("detail")).contains("Excel");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.object().getString("detail")).contains("empty");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.object().getString("detail")).contains("20 MB");
        assertThat(resultsOf(campaign)).isZero();
    }

    @Test
    void aPsychologistOfAnotherSchoolCannotImportResultsOfSchoolAStudents() throws SQLException {
        long onlySchoolA = newCampaign(SCHOOL_A);
        long bothSchools = newCampaign(SCHOOL_A, SCHOOL_B);
        String iin = newStudentIin();
        byte[] file = csv(row(iin, "depression", "5"));

        Api.Reply notFound = Api.as("psychologist2").postBytes(importPath(onlySchoolA, null), CSV, file);
        Api.Reply rejected = Api.as("psychologist2").postBytes(importPath(bothSchools, null), CSV, file);

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.contentType()).startsWith("application/problem+json");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.object().getBoolean("applied")).isFalse();
        assertThat(rejected.object().getJsonArray("rejectedRows").getJsonObject(0).getString("reason"))
                .contains("within your jurisdiction");
        assertThat(resultsOf(bothSchools)).isZero();
        assertThat(Api.as("socped1").postBytes(importPath(onlySchoolA, null), CSV, file).status()).isEqualTo(403);
    }

    @Test
    void anOptedOutChildIsNotSurveyedAndEarlierResultsAreExcluded() throws SQLException {
        long campaign = newCampaign(SCHOOL_A);
        String iin = newStudentIin();
        long student = studentId(iin);
        Api.as("psychologist1").postBytes(importPath(campaign, null), CSV, csv(row(iin, "depression", "20")));

        Api.Reply optOut = Api.as("socped1").post("students/" + student + "/survey-opt-out",
                "{\"reason\":\"Parents refused in writing\"}");

        assertThat(optOut.status()).as(optOut.toString()).isEqualTo(204);
        assertThat(Api.as("socped1").post("students/" + student + "/survey-opt-out", "{\"reason\":\"again\"}")
                .status()).isEqualTo(409);
        assertThat(Api.as("psychologist2").post("students/" + student + "/survey-opt-out", "{\"reason\":\"x\"}")
                .status()).isEqualTo(404);
        JsonObject results = Api.as("psychologist1").get("students/" + student + "/survey-results").object();
        assertThat(results.getBoolean("optedOut")).isTrue();
        assertThat(results.getJsonArray("results").getJsonObject(0).getBoolean("excluded")).isTrue();
        Api.Reply refused = Api.as("psychologist1").postBytes(importPath(campaign, null), CSV,
                csv(row(iin, "anxiety", "3")));
        assertThat(refused.object().getJsonArray("rejectedRows").getJsonObject(0).getString("reason"))
                .contains("opted the child out");
        assertThat(resultsOf(campaign)).isEqualTo(1);

        assertThat(Api.as("director1").delete("students/" + student + "/survey-opt-out").status()).isEqualTo(204);
        assertThat(Api.as("psychologist1").get("students/" + student + "/survey-results").object()
                .getBoolean("optedOut")).isFalse();
        assertThat(count("select count(*) from audit_event where record_type = 'student-survey-results'"
                + " and record_id = " + student)).isEqualTo(2);
    }

    @Test
    void aHundredThousandRowFileImportsInOneRequest() throws SQLException {
        long school = 757000 + CODES.incrementAndGet() % 1000;
        Api.Reply newSchool = Api.as("admin1").post("schools", """
                {"id":%d,"districtId":7502,"kind":"SCHOOL","name":{"kk":"Сауалнама","ru":"Анкета","en":"Survey"}}"""
                .formatted(school));
        assertThat(newSchool.status()).as(newSchool.toString()).isEqualTo(201);
        long campaign = newCampaign(school);
        List<String> iins = bulkStudents(school, 25_000);
        StringBuilder content = new StringBuilder(HEADER);
        for (String iin : iins) {
            for (String scale : List.of("depression", "anxiety", "bullying", "family")) {
                content.append(row(iin, scale, String.valueOf(iin.hashCode() & 15)));
            }
        }
        byte[] file = content.toString().getBytes(StandardCharsets.UTF_8);

        long started = System.nanoTime();
        Api.Reply reply = Api.as("coordinator1").postBytes(importPath(campaign, null), CSV, file);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.object().getInt("rowsApplied")).as(reply.object().getString("note")).isEqualTo(100_000);
        assertThat(resultsOf(campaign)).isEqualTo(100_000);
        System.out.printf("SurveysIT: imported 100,000 rows (%d KB of CSV) in %.1f s, %.0f rows/s%n",
                file.length / 1024, seconds, 100_000 / seconds);
    }

    private static String instrumentJson(String code) {
        return """
                {"code":"%s","name":{"kk":"Скрининг","ru":"Скрининг","en":"Screening"},"scales":[
                 %s, %s, %s, %s]}""".formatted(code, scale("depression", 16, 27), scale("anxiety", 10, 21),
                scale("bullying", 8, 20), scale("family", 8, 20));
    }

    private static String scale(String code, int threshold, int max) {
        return """
                {"code":"%s","name":{"kk":"%s","ru":"%s","en":"%s"},"threshold":%d,"maxScore":%d}"""
                .formatted(code, code, code, code, threshold, max);
    }

    private static String campaignJson(long instrument, LocalDate startsOn, LocalDate endsOn, long... schools) {
        return """
                {"instrumentId":%d,"startsOn":"%s","endsOn":"%s","schoolIds":%s}"""
                .formatted(instrument, startsOn, endsOn, Arrays.toString(schools));
    }

    /** A fresh instrument and a campaign of it over the last twenty days, opened by admin1. */
    private static long newCampaign(long... schools) {
        Api admin = Api.as("admin1");
        long instrument = admin.post("surveys/instruments", instrumentJson("IT-" + CODES.incrementAndGet()))
                .object().getJsonNumber("id").longValue();
        Api.Reply campaign = admin.post("surveys/campaigns",
                campaignJson(instrument, today().minusDays(20), today().plusDays(10), schools));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        return campaign.object().getJsonNumber("id").longValue();
    }

    private static List<Long> campaignIds(String username) {
        return Api.as(username).get("surveys/campaigns?size=500").array().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue()).toList();
    }

    private static String importPath(long campaign, String mode) {
        return "imports/survey-results?campaignId=" + campaign + (mode == null ? "" : "&mode=" + mode)
                + "&fileName=results";
    }

    /** A student of school A born on 1 September 2012, registered through the API; returns the IIN. */
    private static String newStudentIin() {
        String iin = Iin.issue(LocalDate.of(2012, 9, 1), Sex.MALE, SERIAL.getAndAdd(3)).digits();
        Api.Reply reply = Api.as("psychologist1").post("students", """
                {"iin":"%s","lastName":"Survey","firstName":"Student","schoolId":%d,"grade":7}"""
                .formatted(iin, SCHOOL_A));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return iin;
    }

    private static String row(String iin, String scale, String score) {
        return iin + "," + scale + "," + score + "," + today().minusDays(2) + "\n";
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] oversized(String iin) {
        byte[] line = row(iin, "depression", "1").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(21 * 1024 * 1024);
        out.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        while (out.size() < 21 * 1024 * 1024) {
            out.writeBytes(line);
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(String iin) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("results");
            List<List<Object>> rows = List.of(List.of("taken_on", "iin", "scale", "score"),
                    List.of(today().minusDays(1).toString(), iin, "depression", 21d),
                    List.of(today().minusDays(1).toString(), iin, "family", 2.5d));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Students inserted straight into the test database: 25,000 through the API would take minutes. */
    private static List<String> bulkStudents(long school, int how) throws SQLException {
        Set<String> iins = new LinkedHashSet<>();
        for (int day = 3; iins.size() < how; day++) {
            for (int serial = 0; serial < 9_990 && iins.size() < how; serial++) {
                iins.add(Iin.issue(LocalDate.of(2012, 9, day), Sex.FEMALE, serial).digits());
            }
        }
        try (Connection db = database();
             PreparedStatement insert = db.prepareStatement("""
                     insert into student (id, iin, last_name, first_name, birth_date, sex, school_id, status,
                                          created_at, version)
                     values (nextval('student_id_seq'), ?, 'Bulk', 'Student', ?, 'FEMALE', ?, 'ACTIVE', now(), 0)""")) {
            int pending = 0;
            for (String iin : iins) {
                insert.setString(1, iin);
                insert.setObject(2, Iin.parse(iin).birthDate());
                insert.setLong(3, school);
                insert.addBatch();
                if (++pending % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return new ArrayList<>(iins);
    }

    private static long studentId(String iin) throws SQLException {
        return count("select id from student where iin = '" + iin + "'");
    }

    private static long resultsOf(long campaign) throws SQLException {
        return count("select count(*) from survey_result where campaign_id = " + campaign);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + Integer.getInteger("it.postgres.port")
                + "/qorgau?reWriteBatchedInserts=true", "qorgau", "qorgau");
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = database(); PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
