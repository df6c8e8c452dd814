package kz.qorgau.it;

import static kz.qorgau.it.Fixtures.SCHOOL_A;
import static kz.qorgau.it.Fixtures.SCHOOL_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import kz.qorgau.students.entity.Iin;
import kz.qorgau.students.entity.Sex;

/**
 * The banner of a likely duplicate on a child's file, in Kazakh and in Russian: the look-alike file the person may
 * see, with its link and the "not the same child" form; the one at another school only said to exist.
 */
@ExtendWith({ArquillianExtension.class, Browsers.class})
class DuplicatesPagesIT {

    private static final AtomicInteger SERIAL = new AtomicInteger(700);

    @Browsers.Open("kk")
    private Browser browser;

    @Test
    void theStudentPageShowsTheLookAlikeFilesAndANotSameChildDecisionClearsThem() {
        LocalDate born = LocalDate.of(2012, 2, 11);
        long file = register("psychologist1", SCHOOL_A, "Сейітов", "Нұрсұлтан", born);
        long sameSchool = register("psychologist1", SCHOOL_A, "Seitov", "Nursultan", born);
        long otherSchool = register("psychologist2", SCHOOL_B, "Сеитов", "Нурсултан", born);

        browser.logIn("psychologist1", "student.xhtml?id=" + file + "&lang=kk");
        assertThat(browser.text("duplicates-title")).isEqualTo("Осы карточканың ықтимал көшірмесі");
        assertThat(browser.text("duplicates")).contains("Seitov Nursultan").doesNotContain("Сеитов")
                .doesNotContain(String.valueOf(otherSchool));
        browser.shoot("student-duplicates-kk");
        assertThat(browser.driver.findElements(By.cssSelector(".duplicate-candidate a")).stream()
                .map(a -> a.getAttribute("href")).toList())
                .singleElement().asString().contains("student.xhtml").contains("id=" + sameSchool);
        assertThat(browser.text("duplicates-elsewhere")).contains("Басқа мектепте")
                .contains("өңір үйлестірушісіне хабарланды");

        browser.driver.findElement(By.cssSelector(".duplicate-candidate input[type='text']"))
                .sendKeys("Аттас балалар, ата-аналары әртүрлі.");
        browser.driver.findElement(By.cssSelector(".duplicate-candidate button")).click();
        browser.waitForText("messages", "Белгіленді");
        assertThat(browser.driver.findElements(By.cssSelector(".duplicate-candidate"))).isEmpty();
        assertThat(browser.text("duplicates-elsewhere")).contains("Басқа мектепте");

        browser.logIn("psychologist2", "student.xhtml?id=" + otherSchool + "&lang=ru");
        assertThat(browser.text("duplicates-title")).isEqualTo("Возможный дубликат этой карточки");
        assertThat(browser.text("duplicates-elsewhere")).contains("В других школах есть 2 возможных дубликата")
                .contains("Координатор региона извещён");
        assertThat(browser.driver.findElements(By.cssSelector(".duplicate-candidate"))).isEmpty();
        browser.shoot("student-duplicates-ru");
    }

    private static long register(String user, long school, String lastName, String firstName, LocalDate born) {
        String iin = Iin.issue(born, Sex.MALE, SERIAL.getAndAdd(3)).digits();
        Api.Reply reply = Api.as(user).post("students", """
                {"iin":"%s","lastName":"%s","firstName":"%s","birthDate":"%s","sex":"MALE","schoolId":%d,"grade":8,
                 "classLetter":"A"}""".formatted(iin, lastName, firstName, born, school));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getJsonNumber("id").longValue();
    }
}
