package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.newIin;
import static kz.qorgau.it.Fixtures.sessionJson;
import static kz.qorgau.it.Fixtures.studentJson;
import static kz.qorgau.it.Fixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import jakarta.json.JsonObject;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import kz.qorgau.generator.control.RegionGenerator;
import kz.qorgau.generator.control.RegionSpec;
import kz.qorgau.platform.control.NoteCipher;

/**
 * The Excel reports of docs/PRODUCT.md section 6 from a known data set: region 23 generated with a fixed seed, one
 * district as it was a year ago and one as it is today, so that offenses can be compared across the years, plus a
 * district without schools; region 27 generated only for today (no incident last year: the division by zero); and
 * region 31 made by hand, small enough that its counts are suppressed. The workbooks are opened with POI and their
 * totals, changes and headings compared with what the database holds.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    private static final long REGION = 23;
    private static final long NEW_REGION = 27;
    private static final long SMALL_REGION = 31;
    private static final long EMPTY_DISTRICT = 2399;
    private static final long SMALL_DISTRICT = 3101;
    private static final long SMALL_SCHOOL = 310101;
    /** Two districts of 3 and 8 students: a "<5" next to an exact total of 11, unless the 8 is withheld too. */
    private static final long PAIRED_REGION = 35;
    private static final long SEED = 20261125;
    private static final String FORMULA = "=HYPERLINK(\"http://example.org\",\"open\")";
    private static final LocalDate TO = today();
    private static final LocalDate FROM = TO.minusDays(150);
    private static final String PERIOD = "from=" + FROM + "&to=" + TO;
    private static final List<String> REPORTS = List.of("regional-summary", "juvenile-offenses", "registers",
            "staff-coverage", "rule-quality", "school-safety", "cases");

    @BeforeAll
    static void knownDataSet() throws SQLException, InterruptedException {
        try (Connection db = Fixtures.database()) {
            db.setAutoCommit(false);
            NoteCipher notes = Fixtures.noteKeys();
            RegionGenerator.generate(db, RegionSpec.district(REGION, 1, 1_500, SEED, TO.minusYears(1)), notes);
            RegionGenerator.generate(db, RegionSpec.district(REGION, 2, 1_500, SEED + 1, TO), notes);
            RegionGenerator.generate(db, RegionSpec.district(NEW_REGION, 1, 800, SEED, TO), notes);
            db.commit();
        }
        Api admin = Api.as("admin1");
        assertThat(admin.post("districts", district(EMPTY_DISTRICT, REGION, "Бос аудан", "Пустой район",
                "Empty district")).status()).isEqualTo(201);
        assertThat(admin.post("districts", district(SMALL_DISTRICT, SMALL_REGION, FORMULA, FORMULA, FORMULA))
                .status()).isEqualTo(201);
        assertThat(admin.post("schools", """
                {"id":%d,"districtId":%d,"kind":"SCHOOL","instructionLanguage":"KAZAKH",
                 "name":{"kk":"Шағын мектеп","ru":"Малая школа","en":"Small school"}}"""
                .formatted(SMALL_SCHOOL, SMALL_DISTRICT)).status()).isEqualTo(201);
        for (int i = 0; i < 3; i++) {
            assertThat(admin.post("students", studentJson(newIin(), SMALL_SCHOOL)).status()).isEqualTo(201);
        }
        int[] students = {3, 8};
        for (int d = 1; d <= students.length; d++) {
            long district = PAIRED_REGION * 100 + d;
            long school = district * 100 + 1;
            assertThat(admin.post("districts", district(district, PAIRED_REGION, "Аудан " + d, "Район " + d,
                    "District " + d)).status()).isEqualTo(201);
            assertThat(admin.post("schools", """
                    {"id":%d,"districtId":%d,"kind":"SCHOOL","instructionLanguage":"RUSSIAN",
                     "name":{"kk":"Мектеп %d","ru":"Школа %d","en":"School %d"}}"""
                    .formatted(school, district, d, d, d)).status()).isEqualTo(201);
            for (int i = 0; i < students[d - 1]; i++) {
                assertThat(admin.post("students", studentJson(newIin(), school)).status()).isEqualTo(201);
            }
        }
        evaluate(REGION);
    }

    @Test
    void regionalSummaryTotalsTheRegionInEnglish() throws Exception {
        XSSFWorkbook book = workbook("ombudsman1", "regional-summary", "regionId=" + REGION + "&lang=en");

        assertThat(book.getSheetName(0)).isEqualTo("Cover");
        assertThat(text(book.getSheetAt(0).getRow(0).getCell(0))).isEqualTo("Regional summary");
        XSSFSheet sheet = book.getSheet("Summary");
        assertThat(text(sheet.getRow(0).getCell(2))).isEqualTo("Students");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        Row empty = rowStarting(sheet, 1, "Empty district");
        assertThat(empty).as("the district without schools has its row").isNotNull();
        assertThat(empty.getCell(2).getNumericCellValue()).isZero();
        Row total = last(sheet);
        assertThat(text(total.getCell(0))).isEqualTo("Total");
        long students = count("""
                select count(*) from student s join school sc on sc.id = s.school_id join district d on d.id = sc.district_id
                where d.region_id = ? and s.status = 'ACTIVE'""", REGION);
        long surveyed = count("""
                select count(distinct s.id) from survey_result r join student s on s.id = r.student_id
                join school sc on sc.id = s.school_id join district d on d.id = sc.district_id
                where d.region_id = ? and s.status = 'ACTIVE' and r.taken_on between '%s' and '%s'"""
                .formatted(FROM, TO), REGION);
        long open = count("""
                select count(*) from early_warning_case c join student s on s.id = c.student_id
                join school sc on sc.id = s.school_id join district d on d.id = sc.district_id
                where d.region_id = ? and c.closed_at is null""", REGION);
        assertThat(students).isEqualTo(3_000);
        assertThat(open).isPositive();
        assertCount(total.getCell(2), students);
        assertCount(total.getCell(3), surveyed);
        assertThat(total.getCell(4).getNumericCellValue()).isCloseTo((double) surveyed / students, within(1e-9));
        assertThat(total.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        long openInCells = 0;
        for (int column = 5; column <= 8; column++) {
            openInCells += number(total.getCell(column));
        }
        assertThat(openInCells).isEqualTo(open);
        assertThat(text(sheet.getRow(0).getCell(13))).isEqualTo("Incidents on school grounds while a defect was open");
        assertThat(total.getCell(13).getNumericCellValue()).as("no prescription in the region").isZero();
        XSSFSheet levels = book.getSheet("Cases by level");
        assertCount(last(levels).getCell(1), open);
        assertThat(book.getSheet("Chart").getDrawingPatriarch().getCharts()).hasSize(1);
        XSSFSheet flags = book.getSheet("Concealment flags");
        assertThat(text(flags.getRow(0).getCell(3))).isEqualTo("Open");
        assertCount(last(flags).getCell(2), count("""
                select count(*) from concealment_flag f join school sc on sc.id = f.school_id
                join district d on d.id = sc.district_id where d.region_id = ?""", REGION));
        XSSFSheet referrals = book.getSheet("Referrals");
        assertThat(text(referrals.getRow(0).getCell(1))).isEqualTo("Service");
        assertThat(text(referrals.getRow(0).getCell(10))).isEqualTo("On the guardian's consent");
        assertCount(rowStarting(referrals, 0, "Total").getCell(3), count("""
                select count(*) from referral f join student s on s.id = f.student_id join school sc on sc.id = s.school_id
                join district d on d.id = sc.district_id where d.region_id = ?""", REGION));
    }

    @Test
    void offensesCompareWithTheSamePeriodLastYearInRussian() throws Exception {
        XSSFWorkbook book = workbook("ombudsman1", "juvenile-offenses",
                "regionId=" + REGION + "&lang=ru");

        XSSFSheet byType = book.getSheet("По видам");
        assertThat(text(byType.getRow(0).getCell(1))).isEqualTo("Текущий период");
        assertThat(text(byType.getRow(0).getCell(2))).isEqualTo("Тот же период прошлого года");
        long now = incidents(REGION, FROM, TO);
        long before = incidents(REGION, FROM.minusYears(1), TO.minusYears(1));
        assertThat(now).isGreaterThanOrEqualTo(5);
        assertThat(before).isGreaterThanOrEqualTo(5);
        Row total = last(byType);
        assertThat(text(total.getCell(0))).isEqualTo("Итого");
        assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(now);
        assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(before);
        assertThat(total.getCell(3).getNumericCellValue()).isCloseTo((double) (now - before) / before, within(1e-9));
        long onGrounds = count("""
                select count(distinct i.id) from incident i join incident_participant p on p.incident_id = i.id
                join student s on s.id = p.student_id join school sc on sc.id = s.school_id
                join district d on d.id = sc.district_id
                where d.region_id = ? and i.on_school_grounds and i.occurred_on between '%s' and '%s'"""
                .formatted(FROM, TO), REGION);
        assertCount(total.getCell(4), onGrounds);
        var charts = book.getSheet("Диаграмма").getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
        assertThat(book.getSheet("По районам и видам").getLastRowNum()).isPositive();
    }

    @Test
    void noIncidentLastYearIsSaidInWordsNotDividedByZeroInKazakh() throws Exception {
        XSSFWorkbook book = workbook("ombudsman1", "juvenile-offenses", "regionId=" + NEW_REGION + "&lang=kk");

        XSSFSheet byType = book.getSheet("Түрі бойынша");
        assertThat(text(byType.getRow(0).getCell(1))).isEqualTo("Осы кезең");
        Row total = last(byType);
        assertThat(text(total.getCell(0))).isEqualTo("Барлығы");
        assertThat(incidents(NEW_REGION, FROM.minusYears(1), TO.minusYears(1))).isZero();
        assertCount(total.getCell(1), incidents(NEW_REGION, FROM, TO));
        assertThat(total.getCell(2).getNumericCellValue()).isZero();
        assertThat(text(total.getCell(3))).isEqualTo("өткен жылы болған жоқ");
        List<String> changes = new ArrayList<>();
        for (int r = 1; r < byType.getLastRowNum(); r++) {
            changes.add(text(byType.getRow(r).getCell(3)));
        }
        assertThat(changes).contains("өткен жылы болған жоқ").isSubsetOf("өткен жылы болған жоқ", "екі жылы да болған жоқ");
    }

    @Test
    void registersCountTeenagersFamiliesAndRaids() throws Exception {
        XSSFWorkbook book = workbook("admin1", "registers", "regionId=" + REGION + "&lang=en");

        Row total = last(book.getSheet("By district"));
        long teens = count("""
                select count(distinct pr.student_id) from police_registration pr join student s on s.id = pr.student_id
                join school sc on sc.id = s.school_id join district d on d.id = sc.district_id
                where d.region_id = ? and pr.registered_on <= '%1$s' and (pr.removed_on is null or pr.removed_on > '%1$s')"""
                .formatted(TO), REGION);
        long raids = count("""
                select count(*) from raid_delivery rd join student s on s.id = rd.student_id
                join school sc on sc.id = s.school_id join district d on d.id = sc.district_id
                where d.region_id = ? and rd.delivered_on between '%s' and '%s'""".formatted(FROM, TO), REGION);
        assertCount(total.getCell(2), teens);
        assertCount(total.getCell(8), raids);
        assertCount(last(book.getSheet("Teenagers by reason")).getCell(1), teens);
        assertCount(last(book.getSheet("Raid deliveries by reason")).getCell(1), raids);
    }

    @Test
    void staffCoverageNamesTheSchoolsWithoutAnInspector() throws Exception {
        XSSFWorkbook book = workbook("ombudsman1", "staff-coverage", "regionId=" + REGION + "&lang=en");

        long schools = count("""
                select count(*) from school sc join district d on d.id = sc.district_id where d.region_id = ?""", REGION);
        long withoutInspector = count("""
                select count(*) from school sc join district d on d.id = sc.district_id where d.region_id = ?
                and not exists (select 1 from staff_designation x where x.school_id = sc.id and x.role = 'INSPECTOR')""",
                REGION);
        XSSFSheet bySchool = book.getSheet("By school");
        assertThat(bySchool.getLastRowNum()).isEqualTo(schools + 1);
        Row total = last(book.getSheet("By district"));
        assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(schools);
        assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(withoutInspector);
        Row empty = rowStarting(book.getSheet("By district"), 1, "Empty district");
        assertThat(empty.getCell(2).getNumericCellValue()).isZero();
    }

    @Test
    void ruleQualityGivesEachRuleAndGroup() throws Exception {
        XSSFWorkbook book = workbook("admin1", "rule-quality",
                "regionId=" + REGION + "&lang=en");

        long cases = count("""
                select count(distinct r.case_id) from case_reason r join early_warning_case c on c.id = r.case_id
                join student s on s.id = c.student_id join school sc on sc.id = s.school_id
                join district d on d.id = sc.district_id where d.region_id = ? and s.status = 'ACTIVE'""", REGION);
        long rules = count("""
                select count(distinct r.rule_id) from case_reason r join early_warning_case c on c.id = r.case_id
                join student s on s.id = c.student_id join school sc on sc.id = s.school_id
                join district d on d.id = sc.district_id where d.region_id = ?""", REGION);
        XSSFSheet byRule = book.getSheet("By rule");
        assertThat(byRule.getLastRowNum()).isEqualTo(rules + 1);
        assertCount(last(byRule).getCell(2), cases);
        XSSFSheet bySex = book.getSheet("By sex");
        assertThat(bySex.getLastRowNum()).isEqualTo(rules * 2);
        assertThat(text(bySex.getRow(1).getCell(1))).isIn("Boys", "Girls");
        long languages = count("""
                select count(distinct sc.instruction_language) from school sc join district d on d.id = sc.district_id
                where d.region_id = ? and exists (select 1 from student s where s.school_id = sc.id)""", REGION);
        assertThat(languages).isGreaterThan(1);
        XSSFSheet byLanguage = book.getSheet("By language");
        assertThat(byLanguage.getLastRowNum()).isEqualTo(rules * languages);
        assertThat(text(byLanguage.getRow(1).getCell(1))).isIn("Kazakh", "Russian", "Mixed (Kazakh and Russian)");
    }

    @Test
    void smallCountsAreSuppressedAndNamesNeverBecomeFormulas() throws Exception {
        XSSFWorkbook book = workbook("ombudsman1", "regional-summary", "regionId=" + SMALL_REGION + "&lang=en");

        Row district = book.getSheet("Summary").getRow(1);
        assertThat(district.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(district.getCell(1).getStringCellValue()).isEqualTo(FORMULA);
        assertThat(district.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(text(district.getCell(2))).isEqualTo("<5");
        assertThat(text(district.getCell(4))).isEqualTo("n/a (<5)");
    }

    @Test
    void theCaseListNeutralisesANameTypedAsAFormula() throws Exception {
        Api.Reply created = Api.as("psychologist1").post("students", """
                {"iin":"%s","lastName":"%s","firstName":"+SUM(1,2)","birthDate":"2011-04-12","sex":"FEMALE",
                 "schoolId":%d,"grade":9,"classLetter":"B"}""".formatted(newIin(), FORMULA.replace("\"", "\\\""),
                Fixtures.SCHOOL_A));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long student = created.object().getJsonNumber("id").longValue();
        Api.as("psychologist1").post("students/" + student + "/sessions", sessionJson(0, "\"SUICIDAL_IDEATION\"", "x"));
        long caseId = Fixtures.onlyCaseOf(student).getJsonNumber("id").longValue();

        XSSFWorkbook book = workbook("psychologist1", "cases", "lang=en");

        XSSFSheet sheet = book.getSheet("Cases");
        Row row = rowWithNumber(sheet, 0, caseId);
        assertThat(row).isNotNull();
        assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(2).getStringCellValue()).startsWith(FORMULA);
        assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(row.getCell(10).getStringCellValue()).isEqualTo("EW-01");
        assertThat(row.getCell(11).getStringCellValue()).isEqualTo("psychologist1, socped1");
        assertThat(text(book.getSheetAt(0).getRow(0).getCell(0))).isEqualTo("Early-warning cases");
    }

    @Test
    void aLargeListRunsInTheBackgroundForWhoeverAskedAndIsAuditedOnDownload() throws Exception {
        Api.Reply started = Api.as("coordinator1").get("reports/cases.xlsx?async=true&lang=ru");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        long id = started.object().getJsonNumber("id").longValue();

        JsonObject run = Api.as("coordinator1").get("report-runs/" + id).object();
        for (int i = 0; i < 100 && "RUNNING".equals(run.getString("status")); i++) {
            Thread.sleep(200);
            run = Api.as("coordinator1").get("report-runs/" + id).object();
        }
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getInt("percentDone")).isEqualTo(100);
        long rows = run.getJsonNumber("rowsWritten").longValue();
        assertThat(Api.as("ombudsman1").get("report-runs/" + id).status()).isEqualTo(404);
        assertThat(Api.as("ombudsman1").get("report-runs/" + id + "/file").status()).isEqualTo(404);

        Api.Reply file = Api.as("coordinator1").get("report-runs/" + id + "/file");
        assertThat(file.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertThat(book.getSheet("Дела").getLastRowNum()).isEqualTo(rows);
        }
        List<JsonObject> audit = Api.as("admin1").get("audit?username=coordinator1&action=EXPORT&size=500").array()
                .getValuesAs(JsonObject.class);
        assertThat(audit).anySatisfy(event -> {
            assertThat(event.getString("recordType")).isEqualTo("cases");
            assertThat(event.getJsonNumber("recordId").longValue()).isEqualTo(id);
            assertThat(event.getJsonNumber("rowCount").longValue()).isEqualTo(rows);
        });
    }

    /**
     * A report being written on a node that is lost would show as running forever: here a run is put back in the
     * state such a node leaves it (running, its node silent for ten minutes), and another node's watch fails it.
     */
    @Test
    void aBackgroundReportWhoseServerFellSilentEndsFailedNotRunningForever() throws Exception {
        long id = Api.as("coordinator1").get("reports/cases.xlsx?async=true&lang=kk").object()
                .getJsonNumber("id").longValue();
        JsonObject run = Api.as("coordinator1").get("report-runs/" + id).object();
        for (int i = 0; i < 100 && "RUNNING".equals(run.getString("status")); i++) {
            Thread.sleep(200);
            run = Api.as("coordinator1").get("report-runs/" + id).object();
        }
        try (Connection db = Fixtures.database(); PreparedStatement lost = db.prepareStatement("""
                update report_run set status = 'RUNNING', finished_at = null, node = 'a-lost-node',
                    heartbeat_at = now() - interval '10 minutes'
                where id = ?""")) {
            lost.setLong(1, id);
            assertThat(lost.executeUpdate()).isEqualTo(1);
        }
        run = Api.as("coordinator1").get("report-runs/" + id).object();
        assertThat(run.getString("status")).isEqualTo("RUNNING");

        for (int i = 0; i < 60 && "RUNNING".equals(run.getString("status")); i++) {
            Thread.sleep(1_000);
            run = Api.as("coordinator1").get("report-runs/" + id).object();
        }

        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getString("failure")).contains("interrupted");
    }

    @Test
    void statisticsAreForThoseWhoJudgeTheWorkWithinTheirJurisdiction() {
        for (String user : List.of("psychologist1", "socped1", "director1", "inspector1")) {
            Api.Reply denied = Api.as(user).get("reports/regional-summary.xlsx");
            assertThat(denied.status()).as(user).isEqualTo(403);
            assertThat(denied.contentType()).startsWith("application/problem+json");
        }
        Api.Reply outside = Api.as("coordinator1").inLanguage("ru").get("reports/regional-summary.xlsx?regionId=" + REGION);
        assertThat(outside.status()).as("as if it did not exist").isEqualTo(404);
        assertThat(outside.text()).contains("в вашей юрисдикции не найден");
        assertThat(Api.as("ombudsman2").get("reports/cases.xlsx?districtId=7502").status()).isEqualTo(404);
        assertThat(Api.as("coordinator1").get("reports/regional-summary.xlsx").status()).isEqualTo(200);
        assertThat(Api.as("inspector1").get("reports/school-safety.xlsx").status()).isEqualTo(403);
        assertThat(Api.as("psychologist1").get("reports").array().getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("report")).containsExactly("cases");
    }

    @Test
    void badRequestsAreExplained() {
        Api ombudsman = Api.as("ombudsman1");
        Api.Reply reversed = ombudsman.get("reports/regional-summary.xlsx?from=" + TO + "&to=" + FROM);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.contentType()).startsWith("application/problem+json");
        assertThat(reversed.text()).contains("give the earlier date");
        assertThat(ombudsman.get("reports/regional-summary.xlsx?from=25.11.2026").status()).isEqualTo(400);
        assertThat(ombudsman.get("reports/regional-summary.xlsx?from=2010-01-01&to=2026-01-01").text())
                .contains("at most 5 years");
        assertThat(ombudsman.get("reports/regional-summary.xlsx?regionId=23&districtId=2301").text())
                .contains("at most one");
        assertThat(ombudsman.get("reports/nothing.xlsx").status()).isEqualTo(404);
        assertThat(ombudsman.get("reports/cases.xlsx?level=SEVERE").status()).isEqualTo(400);
        assertThat(ombudsman.get("reports/cases.xlsx?regionId=998").status()).isEqualTo(404);
    }

    @Test
    void schoolSafetyGivesTheComplianceRatesOfTheRegion() throws Exception {
        Api admin = Api.as("admin1");
        for (long school : List.of(SMALL_SCHOOL + 1, SMALL_SCHOOL + 2)) {
            assertThat(admin.post("schools", """
                    {"id":%d,"districtId":%d,"kind":"SCHOOL","name":{"kk":"Мектеп %d","ru":"Школа %d","en":"School %d"}}"""
                    .formatted(school, SMALL_DISTRICT, school, school, school)).status()).isEqualTo(201);
        }
        assertThat(admin.put("schools/" + SMALL_SCHOOL + "/safety", """
                {"profile":{"panicButton":true,"panicButtonConnected":true,"guard":"SECURITY_COMPANY",
                 "guardCompany":"Qalqan LLP","guardContractFrom":"%s","guardContractTo":"%s","fence":true},
                 "version":0}""".formatted(TO.minusDays(100), TO.plusDays(100))).status()).isEqualTo(200);
        assertThat(admin.put("schools/" + (SMALL_SCHOOL + 1) + "/safety", """
                {"profile":{"cctvCameras":4,"cctvWorking":4,"cctvConnected":true,"cctvCoversEntrances":true,
                 "guard":"WATCHMAN"},"version":0}""").status()).isEqualTo(200);

        XSSFWorkbook book = workbook("ombudsman1", "school-safety",
                "regionId=" + SMALL_REGION + "&lang=en");

        assertThat(text(book.getSheetAt(0).getRow(0).getCell(0))).isEqualTo("School safety");
        XSSFSheet bySchool = book.getSheet("By school");
        assertThat(text(bySchool.getRow(3).getCell(3))).isNotEmpty();
        assertThat(text(last(bySchool).getCell(0))).as("no incident, inspection or prescription: said in words")
                .isEqualTo("Every count on this sheet is zero for this period and jurisdiction.");
        Row total = last(book.getSheet("By district"));
        assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(3);
        for (int column : new int[] {3, 5, 7}) {
            assertThat(total.getCell(column).getNumericCellValue()).as("column %d", column).isEqualTo(1);
            assertThat(total.getCell(column + 1).getNumericCellValue()).isCloseTo(1.0 / 3, within(1e-9));
        }
        XSSFSheet compliance = book.getSheet("Compliance");
        assertThat(text(compliance.getRow(1).getCell(0))).isEqualTo("Panic button connected to the police");
        assertThat(compliance.getRow(1).getCell(3).getNumericCellValue()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(book.getSheet("Chart").getDrawingPatriarch().getCharts()).hasSize(1);
        assertThat(text(book.getSheet("By school").getRow(1).getCell(4))).isIn("yes", "no");
    }

    /**
     * Every workbook as LibreOffice reads and prints it: one headless conversion to PDF, which fails on a file it
     * would have to repair. issue 17: the regional summary prints on no more pages than its sheets and one per 40
     * rows, and every chart draws its bars (pixels of the series' colours on the chart's page), whose page is kept
     * in it/target/screenshots. Skipped where LibreOffice or poppler is not installed; {@code .ci/run} installs both.
     */
    @Test
    void everyWorkbookOpensInLibreOfficePrintsAndDrawsItsCharts() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice is not installed");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "poppler-utils is not installed");
        compliantSchools(REGION);
        Path dir = Files.createTempDirectory("qorgau-workbooks");
        List<String> command = new ArrayList<>(List.of("/usr/bin/soffice",
                "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless", "--convert-to", "pdf",
                "--outdir", dir.resolve("converted").toString()));
        Map<String, XSSFWorkbook> books = new LinkedHashMap<>();
        String[] languages = {"kk", "ru", "en"};
        for (int i = 0; i < REPORTS.size(); i++) {
            String report = REPORTS.get(i);
            Api.Reply reply = Api.as("admin1").get("reports/" + report + ".xlsx?" + PERIOD + "&regionId=" + REGION
                    + "&lang=" + languages[i % languages.length]);
            assertThat(reply.status()).as(report).isEqualTo(200);
            Path file = dir.resolve(report + ".xlsx");
            Files.write(file, reply.body());
            books.put(report, new XSSFWorkbook(new ByteArrayInputStream(reply.body())));
            command.add(file.toString());
        }
        String output = run(command);
        assertThat(output).doesNotContain("Error");
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        for (String report : REPORTS) {
            Path pdf = dir.resolve("converted").resolve(report + ".pdf");
            assertThat(pdf).as(output).exists();
            XSSFWorkbook book = books.get(report);
            int rows = 0;
            boolean chart = false;
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                rows += book.getSheetAt(s).getLastRowNum() + 1;
                chart |= book.getSheetAt(s).getDrawingPatriarch() != null
                        && !book.getSheetAt(s).getDrawingPatriarch().getCharts().isEmpty();
            }
            assertThat(chart).as(report).isEqualTo(List.of("regional-summary", "juvenile-offenses", "rule-quality",
                    "school-safety").contains(report));
            Matcher pages = Pattern.compile("Pages:\\s+(\\d+)")
                    .matcher(run(List.of("/usr/bin/pdfinfo", pdf.toString())));
            assertThat(pages.find()).isTrue();
            int printed = Integer.parseInt(pages.group(1));
            System.out.printf("Printed pages: %s %d (sheets %d, rows %d)%n", report, printed,
                    book.getNumberOfSheets(), rows);
            if (report.equals("regional-summary")) {
                assertThat(printed).isLessThanOrEqualTo(book.getNumberOfSheets() + rows / 40);
            }
            if (chart) {
                run(List.of("/usr/bin/pdftoppm", "-r", "60", "-png", pdf.toString(),
                        dir.resolve(report + "-page").toString()));
                Path best = null;
                int most = 0;
                try (var pngs = Files.list(dir)) {
                    for (Path png : pngs.filter(p -> p.getFileName().toString().startsWith(report + "-page"))
                            .toList()) {
                        int coloured = barPixels(ImageIO.read(png.toFile()));
                        if (coloured > most) {
                            most = coloured;
                            best = png;
                        }
                    }
                }
                assertThat(most).as("pixels of the bars' colours on the chart of " + report).isGreaterThan(300);
                Files.copy(best, screenshots.resolve("workbook-" + report + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Two schools of the region with a panic button and CCTV connected, so that the compliance chart has bars. */
    private static void compliantSchools(long region) throws SQLException {
        Api admin = Api.as("admin1");
        try (Connection db = Fixtures.database(); PreparedStatement query = db.prepareStatement("""
                select sc.id from school sc join district d on d.id = sc.district_id
                where d.region_id = ? and not exists (select 1 from safety_profile p where p.school_id = sc.id)
                order by sc.id limit 2""")) {
            query.setLong(1, region);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    assertThat(admin.put("schools/" + rs.getLong(1) + "/safety", """
                            {"profile":{"panicButton":true,"panicButtonConnected":true,"cctvCameras":4,
                             "cctvWorking":4,"cctvConnected":true,"cctvCoversEntrances":true,"guard":"WATCHMAN"},
                             "version":0}""").status()).isEqualTo(200);
                }
            }
        }
    }

    /** Pixels of the three series colours ReportBook fills bars with: blue, orange, green. */
    private static int barPixels(BufferedImage image) {
        int[][] colours = {{0x1f, 0x77, 0xb4}, {0xff, 0x7f, 0x0e}, {0x2c, 0xa0, 0x2c}};
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                for (int[] c : colours) {
                    if (Math.abs((rgb >> 16 & 0xff) - c[0]) < 30 && Math.abs((rgb >> 8 & 0xff) - c[1]) < 30
                            && Math.abs((rgb & 0xff) - c[2]) < 30) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(4, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /**
     * issue 17: the case list encrypted with the reader's password (POI decrypts it with that password and no other)
     * and with names cut to initials and no IIN; the audit records which variant left.
     */
    @Test
    void theCaseListComesEncryptedAndWithInitials() throws Exception {
        String password = "Qorgau-2026-test";
        Api.Reply encrypted = Api.as("admin1").withHeader("X-Workbook-Password", password)
                .get("reports/cases.xlsx?" + PERIOD + "&regionId=" + REGION + "&names=initials&lang=ru");
        assertThat(encrypted.status()).as(encrypted.toString()).isEqualTo(200);
        assertThat(encrypted.disposition())
                .contains("qorgau-cases-initials-ru-" + FROM + "_" + TO + "-region-" + REGION + ".xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(encrypted.body()))) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            assertThat(decryptor.getEncryptionInfo().getEncryptionMode()).isEqualTo(EncryptionMode.agile);
            assertThat(decryptor.verifyPassword("wrong-password")).isFalse();
            assertThat(decryptor.verifyPassword(password)).isTrue();
            try (XSSFWorkbook book = new XSSFWorkbook(decryptor.getDataStream(fs))) {
                XSSFSheet cases = book.getSheetAt(1);
                assertThat(cases.getLastRowNum()).isPositive();
                for (int r = 1; r <= cases.getLastRowNum(); r++) {
                    Row row = cases.getRow(r);
                    assertThat(row.getCell(1)).as("no IIN").isNull();
                    assertThat(text(row.getCell(2))).matches("(\\p{Lu}\\. ?)+");
                }
            }
        }
        Api.Reply plain = Api.as("admin1").get("reports/cases.xlsx?" + PERIOD + "&regionId=" + REGION + "&lang=en");
        XSSFSheet full = new XSSFWorkbook(new ByteArrayInputStream(plain.body())).getSheetAt(1);
        assertThat(text(full.getRow(1).getCell(2))).doesNotMatch("(\\p{Lu}\\. ?)+");
        assertThat(Api.as("admin1").withHeader("X-Workbook-Password", "short")
                .get("reports/cases.xlsx?" + PERIOD).status()).isEqualTo(400);
        assertThat(exports("cases-initials-encrypted")).isEqualTo(1);
        assertThat(exports("cases")).isPositive();
    }

    @Test
    void aPeriodEndingAfterTodayIsRefusedNamingTheDate() {
        Api.Reply future = Api.as("ombudsman1").get("reports/regional-summary.xlsx?from=" + FROM + "&to="
                + TO.plusDays(3));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.contentType()).startsWith("application/problem+json");
        assertThat(future.text()).contains(TO.plusDays(3).toString());
    }

    @Test
    void ruleQualityNamesEachRuleInTheWorkbooksLanguage() throws Exception {
        XSSFSheet byRule = workbook("admin1", "rule-quality", "regionId=" + REGION + "&lang=kk").getSheetAt(1);
        for (int r = 1; r < byRule.getLastRowNum(); r++) {
            assertThat(text(byRule.getRow(r).getCell(0))).matches("EW-\\d\\d \\S.*");
            assertThat(text(byRule.getRow(r).getCell(1))).isNotBlank().doesNotStartWith("report.");
        }
    }

    private static long exports(String variant) throws SQLException {
        try (Connection db = Fixtures.database(); PreparedStatement query = db.prepareStatement(
                "select count(*) from audit_event where action = 'EXPORT' and record_type = ?")) {
            query.setString(1, variant);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * issue 17: every statistical workbook, for a region with data, a region small enough to be all "<5", a region
     * of two districts of 3 and 8 students and the whole country, in each language: a reader doing the arithmetic
     * of {@link WorkbookArithmetic} over columns, totals and sheets recovers no withheld count.
     */
    @Test
    void noWithheldCountCanBeWorkedOutAcrossSheets() throws Exception {
        int tried = 0;
        List<String> recovered = new ArrayList<>();
        String[][] asked = {{"regionId=" + REGION + "&lang=en"}, {"regionId=" + SMALL_REGION + "&lang=ru"},
                {"regionId=" + PAIRED_REGION + "&lang=kk"}, {"lang=kk"}};
        for (String report : REPORTS.subList(0, 6)) {
            for (String[] query : asked) {
                WorkbookArithmetic reader = new WorkbookArithmetic(workbook("admin1", report, query[0]));
                relations(report, reader);
                tried += reader.withheld();
                reader.recovered().forEach(cell -> recovered.add(report + "?" + query[0] + " " + cell));
            }
        }
        System.out.printf("Recovery test: suppressed cells tried: %d, recovered: %d%n", tried, recovered.size());
        Row paired = workbook("admin1", "regional-summary", "regionId=" + PAIRED_REGION + "&lang=en")
                .getSheet("Summary").getRow(2);
        assertThat(text(paired.getCell(2))).as("the 8 students beside the <5 and the total 11").isEqualTo("x");
        assertThat(tried).as("withheld counts to try").isPositive();
        assertThat(recovered).isEmpty();
    }

    /** What a reader knows adds up in each workbook, by sheet position: the cover is sheet 0. */
    private static void relations(String report, WorkbookArithmetic reader) {
        switch (report) {
            case "regional-summary" -> {
                reader.columns(1, true, 2, 3, 5, 6, 7, 8, 9, 10, 11, 13);
                reader.columns(2, true, 1, 2, 3);
                int summaryTotal = reader.totalsRow(1);
                int[] levels = reader.dataRows(2);
                for (int level = 0; level < levels.length; level++) {
                    reader.same(reader.variable(2, levels[level], 1), reader.variable(1, summaryTotal, 5 + level));
                }
                reader.same(reader.variable(2, reader.totalsRow(2), 2), reader.variable(1, summaryTotal, 9));
                reader.same(reader.variable(2, reader.totalsRow(2), 3), reader.variable(1, summaryTotal, 10));
                int referrals = 5;
                reader.columns(referrals, true, 3, 4, 5, 6, 7, 8, 9, 10, 11);
                List<Integer> rows = new ArrayList<>(Arrays.stream(reader.dataRows(referrals)).boxed().toList());
                rows.add(reader.totalsRow(referrals));
                for (int row : rows) {
                    int r = row;
                    reader.relate(IntStream.of(4, 6, 7, 8, 9).mapToObj(c -> reader.variable(referrals, r, c)).toList(),
                            reader.variable(referrals, r, 3), true);
                    reader.relate(List.of(reader.variable(referrals, r, 10), reader.variable(referrals, r, 11)),
                            reader.variable(referrals, r, 3), true);
                }
                reader.partOf(referrals, 5, 4);
            }
            case "juvenile-offenses" -> {
                reader.columns(1, true, 1, 2, 4);
                int[][] columns = {{3, 1}, {4, 2}, {6, 4}};
                for (int[] c : columns) {
                    reader.breakdown(3, new int[] {2}, c[0], 1, new int[] {0}, c[1], false);
                }
                reader.partOf(1, 4, 1);
                reader.partOf(3, 6, 3);
            }
            case "registers" -> {
                reader.columns(1, true, 2, 3, 4, 5, 6, 7, 8);
                reader.columns(2, true, 1, 2);
                reader.columns(3, true, 1);
                reader.relate(List.of(reader.variable(2, reader.totalsRow(2), 1)),
                        reader.variable(1, reader.totalsRow(1), 2), false);
                reader.relate(List.of(reader.variable(2, reader.totalsRow(2), 2)),
                        reader.variable(1, reader.totalsRow(1), 3), false);
                reader.same(reader.variable(3, reader.totalsRow(3), 1), reader.variable(1, reader.totalsRow(1), 8));
            }
            case "staff-coverage" -> {
                reader.columns(1, true, 7);
                reader.columns(2, true, 6);
                reader.breakdown(1, new int[] {0, 1}, 7, 2, new int[] {0, 1}, 6, true);
                reader.same(reader.variable(1, reader.totalsRow(1), 7), reader.variable(2, reader.totalsRow(2), 6));
            }
            case "school-safety" -> {
                reader.columns(2, true, 12);
                reader.breakdown(1, new int[] {0, 1}, 10, 2, new int[] {0, 1}, 12, true);
            }
            case "rule-quality" -> {
                reader.columns(1, false, 2, 3);
                reader.columns(1, true, 4, 5);
                for (int[] sheet : new int[][] {{3, 3}, {4, 3}, {5, 4}}) {
                    reader.breakdown(sheet[0], new int[] {0}, sheet[1], 1, new int[] {0}, 3, true);
                }
            }
            default -> throw new IllegalArgumentException(report);
        }
    }

    private static void evaluate(long region) throws InterruptedException {
        Api.Reply started = Api.as("admin1").post("evaluations", "{\"regionId\":" + region + "}");
        assertThat(started.status()).as(started.toString()).isIn(200, 201, 202);
        long id = started.object().getJsonNumber("id").longValue();
        JsonObject run = started.object();
        for (int i = 0; i < 300 && !Pattern.matches("COMPLETED|FAILED|STOPPED", run.getString("status")); i++) {
            Thread.sleep(200);
            run = Api.as("admin1").get("evaluations/" + id).object();
        }
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
    }

    private static XSSFWorkbook workbook(String user, String report, String query) throws IOException {
        Api.Reply reply = Api.as(user).get("reports/" + report + ".xlsx?" + PERIOD + "&" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new XSSFWorkbook(new ByteArrayInputStream(reply.body()));
    }

    private static String district(long id, long region, String kk, String ru, String en) {
        return """
                {"id":%d,"regionId":%d,"name":{"kk":"%s","ru":"%s","en":"%s"}}"""
                .formatted(id, region, kk.replace("\"", "\\\""), ru.replace("\"", "\\\""), en.replace("\"", "\\\""));
    }

    private static long incidents(long region, LocalDate from, LocalDate to) throws SQLException {
        return count("""
                select count(distinct i.id) from incident i join incident_participant p on p.incident_id = i.id
                join student s on s.id = p.student_id join school sc on sc.id = s.school_id
                join district d on d.id = sc.district_id
                where d.region_id = ? and i.occurred_on between '%s' and '%s'""".formatted(from, to), region);
    }

    private static long count(String sql, long region) throws SQLException {
        try (Connection db = Fixtures.database(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, region);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A count as a statistical report must show it: the number, or "<5" from 1 to 4. */
    private static void assertCount(Cell cell, long expected) {
        if (expected > 0 && expected < 5) {
            assertThat(text(cell)).isEqualTo("<5");
        } else {
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isEqualTo(expected);
        }
    }

    private static long number(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC ? (long) cell.getNumericCellValue() : 0;
    }

    private static String text(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }

    private static Row last(XSSFSheet sheet) {
        return sheet.getRow(sheet.getLastRowNum());
    }

    private static Row rowStarting(XSSFSheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && value.equals(text(row.getCell(column)))) {
                return row;
            }
        }
        return null;
    }

    private static Row rowWithNumber(XSSFSheet sheet, int column, long value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == value) {
                return row;
            }
        }
        return null;
    }
}
