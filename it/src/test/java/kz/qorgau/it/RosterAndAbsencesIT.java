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
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * The roster and absences imports and a student's absences: every row validated and reported, nothing
 * half-applied, the same file twice adding nothing, a period imported again replacing its number, a roster opening
 * and correcting files, a police register imported with the checks of the API, and the jurisdiction kept. Students
 * of these tests are born on 12 and 14 February 2013, those of the police register on 23 May 2013.
 */
@ExtendWith(ArquillianExtension.class)
class RosterAndAbsencesIT {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "iin,period_start,period_end,unexcused_days\n";
    private static final AtomicInteger SERIAL = new AtomicInteger(1);

    @Test
    void aGoodAbsencesFileAppliesAndTheSameFileAgainAddsNothing() throws SQLException {
        String first = newStudentIin("psychologist1", SCHOOL_A);
        String second = newStudentIin("psychologist1", SCHOOL_A);
        byte[] file = csv(row(first, 20, 11, "3"), row(second, 20, 11, "10"), row(first, 10, 1, "0"));
        long before = count("select count(*) from absence");

        Api.Reply applied = Api.as("socped1").postBytes(importPath(null), CSV, file);

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.object().getBoolean("applied")).isTrue();
        assertThat(applied.object().getInt("rowsApplied")).isEqualTo(3);
        assertThat(count("select count(*) from absence")).isEqualTo(before + 3);
        assertThat(count("select count(*) from audit_event where record_type = 'absence-import' and action = 'CREATE'"
                + " and username = 'socped1' and row_count = 3")).isEqualTo(1);

        Api.Reply again = Api.as("socped1").postBytes(importPath(null), CSV, file);

        assertThat(again.object().getBoolean("applied")).isFalse();
        assertThat(again.object().getString("note")).contains("already imported", today().toString());
        assertThat(count("select count(*) from absence")).isEqualTo(before + 3);

        Api.Reply corrected = Api.as("director1").postBytes(importPath(null), CSV, csv(row(first, 20, 11, "4")));

        assertThat(corrected.object().getBoolean("applied")).as(corrected.toString()).isTrue();
        assertThat(count("select count(*) from absence")).as("the period's number replaced").isEqualTo(before + 3);
        long student = studentId(first);
        Api.Reply listed = Api.as("psychologist1").get("students/" + student + "/absences");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.array().getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("periodStart") + " " + a.getString("periodEnd") + " "
                        + a.getInt("unexcusedDays"))
                .containsExactly(today().minusDays(10) + " " + today().minusDays(1) + " 0",
                        today().minusDays(20) + " " + today().minusDays(11) + " 4");
        assertThat(Api.as("psychologist1").get("students/" + student + "/absences?size=1").array()).hasSize(1);
        assertThat(Api.as("psychologist2").get("students/" + student + "/absences").status()).isEqualTo(404);
        assertThat(Api.as("operator1").get("students/" + student + "/absences").status()).isEqualTo(403);
        assertThat(count("select count(*) from audit_event where record_type = 'student-absences'"
                + " and action = 'READ' and record_id = " + student)).isEqualTo(2);
    }

    @Test
    void aFileWithOneBadIinAppliesNothingByDefaultAndOnlyTheValidRowsOnRequest() throws SQLException {
        String good = newStudentIin("psychologist1", SCHOOL_A);
        String badCheckDigit = good.substring(0, 11) + ((good.charAt(11) - '0' + 1) % 10);
        byte[] file = csv(row(good, 20, 11, "2"), row(badCheckDigit, 20, 11, "1"), row(good, 20, 11, "5"),
                row(good, 5, 1, "9"));
        long before = count("select count(*) from absence");

        Api.Reply report = Api.as("coordinator1").postBytes(importPath(null), CSV, file);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.object().getBoolean("applied")).isFalse();
        assertThat(report.object().getInt("accepted")).isEqualTo(1);
        assertThat(report.object().getInt("rejected")).isEqualTo(3);
        assertThat(report.object().getJsonArray("rejectedRows").getValuesAs(JsonObject.class))
                .extracting(r -> r.getInt("row") + " " + r.getString("column"))
                .containsExactly("3 iin", "4 iin", "5 unexcused_days");
        JsonObject badIin = report.object().getJsonArray("rejectedRows").getJsonObject(0);
        assertThat(badIin.getString("value")).isEqualTo(badCheckDigit);
        assertThat(badIin.getString("reason")).contains("check digit");
        assertThat(report.object().getJsonArray("rejectedRows").getJsonObject(1).getString("reason"))
                .contains("row 2");
        assertThat(report.object().getJsonArray("rejectedRows").getJsonObject(2).getString("reason"))
                .contains("from 0 to 5");
        assertThat(count("select count(*) from absence")).as("nothing half-applied").isEqualTo(before);

        Api.Reply validRows = Api.as("coordinator1").postBytes(importPath("valid-rows"), CSV, file);

        assertThat(validRows.object().getBoolean("applied")).isTrue();
        assertThat(validRows.object().getInt("rowsApplied")).isEqualTo(1);
        assertThat(count("select count(*) from absence")).isEqualTo(before + 1);
    }

    @Test
    void anXlsxWithDateCellsAndNumericIinsIsReadLikeACsv() throws IOException, SQLException {
        String iin = newStudentIin("psychologist1", SCHOOL_A);

        Api.Reply reply = Api.as("director1").postBytes(importPath(null), XLSX, xlsx(iin));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.object().getBoolean("applied")).as(reply.toString()).isTrue();
        assertThat(count("select unexcused_days from absence a join student s on s.id = a.student_id"
                + " where s.iin = '" + iin + "'")).isEqualTo(6);
    }

    @Test
    void aStudentOutsideTheJurisdictionIsRejectedAsUnknown() throws SQLException {
        String atSchoolB = newStudentIin("psychologist2", SCHOOL_B);
        long before = count("select count(*) from absence");

        Api.Reply report = Api.as("director1").postBytes(importPath(null), CSV, csv(row(atSchoolB, 20, 11, "1")));

        assertThat(report.object().getBoolean("applied")).isFalse();
        assertThat(report.object().getJsonArray("rejectedRows").getJsonObject(0).getString("reason"))
                .contains("within your jurisdiction");
        assertThat(count("select count(*) from absence")).isEqualTo(before);
    }

    @Test
    void wrongFilesAndRolesAreRefused() throws SQLException {
        String iin = newStudentIin("psychologist1", SCHOOL_A);
        byte[] file = csv(row(iin, 20, 11, "1"));
        long before = count("select count(*) from absence");

        Api.Reply wrongHeader = Api.as("socped1").postBytes(importPath(null), CSV,
                ("iin,scale,score,taken_on\n" + iin + ",depression,1," + today() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        Api.Reply json = Api.as("socped1").postBytes(importPath(null), "application/json", "{}".getBytes());
        Api.Reply psychologist = Api.as("psychologist1").postBytes(importPath(null), CSV, file);
        Api.Reply inspector = Api.as("inspector1").postBytes(importPath(null), CSV, file);

        assertThat(wrongHeader.status()).isEqualTo(400);
        assertThat(wrongHeader.contentType()).startsWith("application/problem+json");
        assertThat(wrongHeader.object().getString("detail"))
                .contains("iin, period_start, period_end, unexcused_days", "scale");
        assertThat(json.status()).isEqualTo(415);
        assertThat(psychologist.status()).isEqualTo(403);
        assertThat(inspector.status()).isEqualTo(403);
        assertThat(count("select count(*) from absence")).isEqualTo(before);
    }

    @Test
    void aRosterOpensFilesForNewIinsAndCorrectsKnownOnes() throws SQLException {
        String known = newStudentIin("psychologist1", SCHOOL_A);
        String fresh = Iin.issue(LocalDate.of(2013, 2, 14), Sex.MALE, SERIAL.getAndAdd(3)).digits();
        byte[] file = roster(known + ",Жаңа,Аты,Әкесінің,1001,7,Б",
                fresh + ",Серіков,Нұрлан,,1001,6,");
        long before = count("select count(*) from student");

        Api.Reply applied = Api.as("director1").postBytes("imports/roster?fileName=roster.csv", CSV, file);

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.object().getBoolean("applied")).as(applied.toString()).isTrue();
        assertThat(applied.object().getInt("rowsApplied")).isEqualTo(2);
        assertThat(count("select count(*) from student")).isEqualTo(before + 1);
        assertThat(count("select count(*) from student where iin = '" + known + "' and last_name = 'Жаңа'"
                + " and middle_name = 'Әкесінің' and grade = 7 and class_letter = 'Б'")).isEqualTo(1);
        assertThat(count("select count(*) from student where iin = '" + fresh + "' and school_id = 1001"
                + " and birth_date = '2013-02-14' and sex = 'MALE' and status = 'ACTIVE'")).isEqualTo(1);
        assertThat(Api.as("psychologist1").get("students?iin=" + fresh).array()).hasSize(1);
        assertThat(count("select count(*) from audit_event where record_type = 'roster-import'"
                + " and action = 'CREATE' and username = 'director1' and row_count = 2")).isEqualTo(1);

        Api.Reply again = Api.as("director1").postBytes("imports/roster?fileName=roster.csv", CSV, file);

        assertThat(again.object().getBoolean("applied")).isFalse();
        assertThat(count("select count(*) from student")).isEqualTo(before + 1);
    }

    @Test
    void aRosterCannotReachStudentsOrSchoolsOutsideTheJurisdictionNorMoveAStudent() throws SQLException {
        String atSchoolB = newStudentIin("psychologist2", SCHOOL_B);
        String atSchoolA = newStudentIin("psychologist1", SCHOOL_A);
        String fresh = Iin.issue(LocalDate.of(2013, 2, 14), Sex.MALE, SERIAL.getAndAdd(3)).digits();
        long before = count("select count(*) from student");

        Api.Reply director = Api.as("director1").postBytes("imports/roster", CSV,
                roster(atSchoolB + ",Басқа,Мектеп,,1001,7,А", fresh + ",Жаңа,Оқушы,,1002,7,А"));
        Api.Reply coordinator = Api.as("coordinator1").postBytes("imports/roster?mode=valid-rows", CSV,
                roster(atSchoolA + ",Ауысу,Оқушы,,1002,7,А"));

        assertThat(director.object().getBoolean("applied")).isFalse();
        assertThat(director.object().getJsonArray("rejectedRows").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("column") + ": " + r.getString("reason"))
                .containsExactly("iin: The student with IIN " + atSchoolB + " belongs to another school.",
                        "school_id: No school with id 1002 lies within your jurisdiction.");
        assertThat(director.object().getJsonArray("rejectedRows").getJsonObject(0).getString("reason"))
                .doesNotContain("1002");
        assertThat(coordinator.object().getBoolean("applied")).isFalse();
        assertThat(coordinator.object().getJsonArray("rejectedRows").getJsonObject(0).getString("reason"))
                .contains("transfer");
        assertThat(count("select count(*) from student")).isEqualTo(before);
        assertThat(count("select count(*) from student where iin = '" + atSchoolA + "' and school_id = 1001"))
                .isEqualTo(1);
        assertThat(Api.as("psychologist1").postBytes("imports/roster", CSV, roster(fresh + ",А,Б,,1001,7,А"))
                .status()).isEqualTo(403);
        assertThat(Api.as("socped1").postBytes("imports/roster", CSV, roster(fresh + ",А,Б,,1001,7,А"))
                .status()).isEqualTo(403);
    }

    @Test
    void aGoodPoliceRegisterAppliesThroughTheRegistrationsAndTheSameFileAgainAddsNothing() throws SQLException {
        String first = newPoliceStudentIin();
        String second = newPoliceStudentIin();
        byte[] file = police(policeRow(first, "RUNAWAY", 10, 170), policeRow(second, "offense", 3, 90));
        long before = count("select count(*) from police_registration");

        Api.Reply applied = Api.as("inspector1").postBytes(policePath(null), CSV, file);

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.object().getBoolean("applied")).as(applied.toString()).isTrue();
        assertThat(applied.object().getInt("rowsApplied")).isEqualTo(2);
        assertThat(count("select count(*) from police_registration")).isEqualTo(before + 2);
        assertThat(count("select count(*) from audit_event where record_type = 'police-registration-import'"
                + " and action = 'CREATE' and username = 'inspector1' and row_count = 2")).isEqualTo(1);
        Api.Reply listed = Api.as("inspector1").get("students/" + studentId(first) + "/police-registrations");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.array().getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("reason") + " " + r.getString("registeredOn") + " "
                        + r.getString("reviewOn") + " " + r.getString("inspector") + " " + r.getBoolean("active"))
                .containsExactly("RUNAWAY " + today().minusDays(10) + " " + today().plusDays(170) + " inspector1 true");
        assertThat(Api.as("inspector1").get("students/" + studentId(second) + "/police-registrations").array())
                .hasSize(1);

        Api.Reply again = Api.as("inspector1").postBytes(policePath(null), CSV, file);

        assertThat(again.object().getBoolean("applied")).isFalse();
        assertThat(again.object().getString("note")).contains("already imported");
        assertThat(count("select count(*) from police_registration")).isEqualTo(before + 2);
    }

    @Test
    void aBadPoliceRowAppliesNothingByDefaultNamingItsRowAndReason() throws SQLException {
        String good = newPoliceStudentIin();
        String reviewFirst = newPoliceStudentIin();
        String registered = newPoliceStudentIin();
        Api.Reply earlier = Api.as("inspector1").post("students/" + studentId(registered) + "/police-registrations",
                """
                {"reason":"OFFENSE","registeredOn":"%s","reviewOn":"%s","basisDocument":"ПДН-7/2026"}"""
                        .formatted(today().minusDays(30), today().plusDays(150)));
        assertThat(earlier.status()).as(earlier.toString()).isEqualTo(201);
        byte[] file = police(policeRow(good, "VAGRANCY", 5, 60), policeRow(reviewFirst, "OTHER", 5, -10),
                policeRow(registered, "RUNAWAY", 2, 60));
        long before = count("select count(*) from police_registration");

        Api.Reply report = Api.as("admin1").postBytes(policePath(null), CSV, file);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.object().getBoolean("applied")).isFalse();
        assertThat(report.object().getInt("accepted")).isEqualTo(1);
        assertThat(report.object().getJsonArray("rejectedRows").getValuesAs(JsonObject.class))
                .extracting(r -> r.getInt("row") + " " + r.getString("column") + ": " + r.getString("reason"))
                .containsExactly("3 review_on: The review date " + today().minusDays(10)
                                + " is before the registration date " + today().minusDays(5) + ".",
                        "4 iin: The student is already on the register since " + today().minusDays(30)
                                + "; review or remove that registration instead.");
        assertThat(count("select count(*) from police_registration")).as("nothing half-applied").isEqualTo(before);

        Api.Reply validRows = Api.as("admin1").postBytes(policePath("valid-rows"), CSV, file);

        assertThat(validRows.object().getInt("rowsApplied")).as(validRows.toString()).isEqualTo(1);
        assertThat(count("select count(*) from police_registration r join student s on s.id = r.student_id"
                + " where s.iin = '" + good + "' and r.inspector = 'admin1'")).isEqualTo(1);
    }

    @Test
    void onlyInspectorsAndAdministratorsMayImportAPoliceRegister() throws SQLException {
        byte[] file = police(policeRow(newPoliceStudentIin(), "OFFENSE", 1, 30));
        long before = count("select count(*) from police_registration");

        assertThat(Api.as("socped1").postBytes(policePath(null), CSV, file).status()).isEqualTo(403);
        assertThat(Api.as("psychologist1").postBytes(policePath(null), CSV, file).status()).isEqualTo(403);
        assertThat(Api.as("director1").postBytes(policePath(null), CSV, file).status()).isEqualTo(403);
        assertThat(count("select count(*) from police_registration")).isEqualTo(before);
    }

    private static String newPoliceStudentIin() {
        String iin = Iin.issue(LocalDate.of(2013, 5, 23), Sex.MALE, SERIAL.getAndAdd(3)).digits();
        Api.Reply reply = Api.as("psychologist1").post("students", """
                {"iin":"%s","lastName":"Police","firstName":"Student","schoolId":%d,"grade":6}"""
                .formatted(iin, SCHOOL_A));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return iin;
    }

    private static String policePath(String mode) {
        return "imports/police-registrations?fileName=police.csv" + (mode == null ? "" : "&mode=" + mode);
    }

    /** A row registered {@code daysAgo} and reviewed {@code reviewInDays} from today. */
    private static String policeRow(String iin, String reason, int daysAgo, int reviewInDays) {
        return iin + "," + reason + "," + today().minusDays(daysAgo) + "," + today().plusDays(reviewInDays)
                + ",ПДН-" + iin.substring(8) + "/2026,\n";
    }

    private static byte[] police(String... rows) {
        return ("iin,reason,registered_on,review_on,basis_document,note\n" + String.join("", rows))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] roster(String... rows) {
        return ("iin,last_name,first_name,middle_name,school_id,grade,class_letter\n" + String.join("\n", rows)
                + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String newStudentIin(String registrar, long school) {
        String iin = Iin.issue(LocalDate.of(2013, 2, 12), Sex.FEMALE, SERIAL.getAndAdd(3)).digits();
        Api.Reply reply = Api.as(registrar).post("students", """
                {"iin":"%s","lastName":"Absence","firstName":"Student","schoolId":%d,"grade":6}"""
                .formatted(iin, school));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return iin;
    }

    private static String importPath(String mode) {
        return "imports/absences?fileName=absences.csv" + (mode == null ? "" : "&mode=" + mode);
    }

    /** A row for the period from {@code startDaysAgo} to {@code endDaysAgo}, both days included. */
    private static String row(String iin, int startDaysAgo, int endDaysAgo, String days) {
        return iin + "," + today().minusDays(startDaysAgo) + "," + today().minusDays(endDaysAgo) + "," + days + "\n";
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }

    /** As Excel keeps it: the IIN typed as a number, the dates as date cells, the days as a number. */
    private static byte[] xlsx(String iin) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("absences");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("period_end");
            header.createCell(1).setCellValue("unexcused_days");
            header.createCell(2).setCellValue("iin");
            header.createCell(3).setCellValue("period_start");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(today().minusDays(1));
            row.getCell(0).setCellStyle(date);
            row.createCell(1).setCellValue(6d);
            row.createCell(2).setCellValue(Double.parseDouble(iin));
            row.createCell(3).setCellValue(today().minusDays(14));
            row.getCell(3).setCellStyle(date);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static long studentId(String iin) throws SQLException {
        return count("select id from student where iin = '" + iin + "'");
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:"
                + Integer.getInteger("it.postgres.port") + "/qorgau", "qorgau", "qorgau");
             PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
