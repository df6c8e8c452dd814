package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.incidentJson;
import static kz.qorgau.it.Fixtures.newStudentAtSchoolA;
import static kz.qorgau.it.Fixtures.sessionJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signal to rule to case to Excel, through the API of the deployed EAR with real tokens. */
@ExtendWith(ArquillianExtension.class)
class EarlyWarningIT {

    @Test
    void rulesAreLoadedAndCompiledInsideTheServer() {
        Api.Reply reply = Api.as("admin1").get("rules");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.array().getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .contains("EW-01", "EW-04");
    }

    @Test
    void suicidalIdeationRaisesCriticalCaseForPsychologistAndSocialPedagogue() {
        long student = newStudentAtSchoolA();
        Instant before = Instant.now();

        Api.Reply session = Api.as("psychologist1").post("students/" + student + "/sessions",
                sessionJson(2, "\"SUICIDAL_IDEATION\"", "Says life has no point."));

        assertThat(session.status()).isEqualTo(201);
        JsonObject theCase = onlyCaseOf(student, "psychologist1");
        assertThat(theCase.getString("level")).isEqualTo("CRITICAL");
        assertThat(theCase.getString("status")).isEqualTo("ASSIGNED");
        assertThat(assignees(theCase)).containsExactlyInAnyOrder("psychologist1:PSYCHOLOGIST", "socped1:SOCIAL_PEDAGOGUE");
        JsonObject reason = theCase.getJsonArray("reasons").getJsonObject(0);
        assertThat(reason.getString("ruleId")).isEqualTo("EW-01");
        assertThat(reason.getString("explanation")).contains("suicidal ideation");
        assertThat(reason.getJsonArray("evidence").getJsonObject(0).getJsonNumber("recordId").longValue())
                .isEqualTo(session.object().getJsonNumber("id").longValue());
        Instant due = Instant.parse(theCase.getString("firstContactDue"));
        assertThat(due).isBetween(before.plus(Duration.ofHours(24)).minusSeconds(5), Instant.now().plus(Duration.ofHours(24)));
    }

    @Test
    void secondSessionAttachesToTheOpenCaseInsteadOfOpeningAnother() {
        long student = newStudentAtSchoolA();
        Api psychologist = Api.as("psychologist1");
        psychologist.post("students/" + student + "/sessions", sessionJson(5, "\"SELF_HARM\"", "Cuts on the arm."));
        long caseId = onlyCaseOf(student, "psychologist1").getJsonNumber("id").longValue();

        psychologist.post("students/" + student + "/sessions", sessionJson(1, "\"SUICIDAL_IDEATION\"", "Worse."));

        JsonObject theCase = onlyCaseOf(student, "psychologist1");
        assertThat(theCase.getJsonNumber("id").longValue()).isEqualTo(caseId);
        assertThat(theCase.getJsonArray("reasons")).hasSize(1);
        assertThat(theCase.getJsonArray("reasons").getJsonObject(0).getJsonArray("evidence")).hasSize(2);
    }

    @Test
    void signalThatFiresNoRuleAddsNothingToTheCase() {
        long student = newStudentAtSchoolA();
        Api psychologist = Api.as("psychologist1");
        psychologist.post("students/" + student + "/sessions", sessionJson(3, "\"SUICIDAL_IDEATION\"", "First."));
        JsonObject before = onlyCaseOf(student, "psychologist1");

        psychologist.post("students/" + student + "/sessions", sessionJson(0, "\"FAMILY_CONFLICT\"", "Unrelated."));

        JsonObject after = onlyCaseOf(student, "psychologist1");
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(before.getJsonNumber("version").longValue());
        assertThat(after.getJsonArray("reasons")).isEqualTo(before.getJsonArray("reasons"));
    }

    @Test
    void threeIncidentsAsPerpetratorRaiseHighCaseForInspectorAndSocialPedagogue() {
        long student = newStudentAtSchoolA();
        Api director = Api.as("director1");
        director.post("students/" + student + "/incidents", incidentJson(1, "PERPETRATOR"));
        director.post("students/" + student + "/incidents", incidentJson(8, "WITNESS"));
        director.post("students/" + student + "/incidents", incidentJson(12, "PERPETRATOR"));
        assertThat(casesOf(student, "director1")).isEmpty();

        director.post("students/" + student + "/incidents", incidentJson(20, "PERPETRATOR"));

        JsonObject theCase = onlyCaseOf(student, "director1");
        assertThat(theCase.getString("level")).isEqualTo("HIGH");
        assertThat(theCase.getJsonArray("reasons").getJsonObject(0).getString("ruleId")).isEqualTo("EW-04");
        assertThat(assignees(theCase)).containsExactlyInAnyOrder("inspector1:INSPECTOR", "socped1:SOCIAL_PEDAGOGUE");
    }

    @Test
    void caseListExportOpensWithPoiAndHoldsTheCase() throws Exception {
        long student = newStudentAtSchoolA();
        Api.as("psychologist1").post("students/" + student + "/sessions", sessionJson(0, "\"SUICIDAL_IDEATION\"", "x"));
        long caseId = onlyCaseOf(student, "psychologist1").getJsonNumber("id").longValue();

        Api.Reply export = Api.as("psychologist1").get("reports/cases.xlsx");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Cover");
            XSSFSheet sheet = workbook.getSheet("Cases");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Case");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            Row row = rowOfCase(sheet, caseId);
            assertThat(row).as("row of case %d", caseId).isNotNull();
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Critical");
            Cell opened = row.getCell(7);
            assertThat(opened.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(opened)).isTrue();
        }
    }

    @Test
    void exportSpeaksTheLanguageAskedFor() throws Exception {
        Api.Reply export = Api.as("coordinator1").get("reports/cases.xlsx?lang=kk");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            assertThat(workbook.getSheetName(1)).isEqualTo("Істер");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(2).getStringCellValue()).isEqualTo("Оқушы");
        }
    }

    static List<JsonObject> casesOf(long student, String user) {
        return Api.as(user).get("cases?size=500").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("studentId").longValue() == student)
                .toList();
    }

    static JsonObject onlyCaseOf(long student, String user) {
        List<JsonObject> cases = casesOf(student, user);
        assertThat(cases).as("open cases of student %d", student).hasSize(1);
        return cases.get(0);
    }

    private static List<String> assignees(JsonObject theCase) {
        return theCase.getJsonArray("assignees").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("username") + ":" + a.getString("role"))
                .toList();
    }

    private static Row rowOfCase(Sheet sheet, long caseId) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (row.getRowNum() > 0 && first != null && (long) first.getNumericCellValue() == caseId) {
                return row;
            }
        }
        return null;
    }
}
