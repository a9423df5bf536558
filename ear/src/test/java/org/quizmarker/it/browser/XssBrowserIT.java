package org.quizmarker.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.quizmarker.it.Api;
import org.quizmarker.it.DeployedIT;

/**
 * Text from files and sheets is shown as text: a file named like an HTML tag and a sheet whose
 * writing reads like markup appear literally on every page, no element is made from them and no
 * script runs (no alert, no Content-Security-Policy violation in the browser's log).
 */
class XssBrowserIT extends DeployedIT {
  private static final String EVIL_NAME = "<img src=x onerror=alert(1)>.png";

  /** Elements that would exist only if some text had been parsed as HTML. */
  private static final String INJECTED =
      "return document.querySelectorAll('img[src=\"x\"], [onerror], a[href^=\"javascript\"],"
          + " main script, main b').length";

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void markupFromFilesAndSheetsIsShownAsTextAndNeverRuns() throws IOException {
    Api teacher = Api.newTeacher();
    JsonObject quiz =
        teacher
            .post(
                "/quizzes",
                Json.createObjectBuilder()
                    .add("title", "Markup <i>quiz</i>")
                    .add(
                        "questions",
                        Json.createArrayBuilder()
                            .add(question(1, "Paris"))
                            .add(question(2, "Paris"))
                            .add(question(3, "Paris")))
                    .build())
            .data();
    Path dir = Files.createTempDirectory("qm-xss");
    Path file = Files.write(dir.resolve(EVIL_NAME), MarkupSheet.png());

    browser.signIn(teacher.username(), teacher.password());
    browser.go("#/upload");
    new Select(browser.waitFor(By.id("quiz-picker")))
        .selectByValue(Integer.toString(quiz.getInt("id")));
    browser.present(By.id("file-input")).sendKeys(file.toAbsolutePath().normalize().toString());
    assertThat(browser.waitFor(By.cssSelector(".filelist .name")).getText()).startsWith(EVIL_NAME);
    assertClean();
    browser.driver().findElement(By.id("upload-submit")).click();
    browser.waitUntil(
        java.time.Duration.ofSeconds(120),
        d -> d.findElements(By.cssSelector(".job-live[data-status=completed]")).size() == 1);
    String jobId =
        browser.driver().findElement(By.cssSelector(".job-live")).getDomAttribute("data-job-id");
    // What the server kept of the name and what the reader made of the sheet, as the API gives
    // them: the page must show exactly these strings.
    JsonObject item =
        teacher.get("/jobs/" + jobId + "/items").json().getJsonArray("data").getJsonObject(0);
    String storedName = item.getString("filename");
    browser.waitFor(By.cssSelector(".job-live .item .name"));
    assertThat(browser.driver().findElement(By.cssSelector(".job-live .item .name")).getText())
        .isEqualTo(storedName);
    assertClean();
    String text = item.getString("text");
    assertThat(text).as("the sheet's text as read").contains("<script>").contains("<img");

    browser.go("#/jobs/" + jobId);
    browser.waitFor(By.cssSelector(".sheet-card .filename"));
    assertThat(browser.driver().findElement(By.cssSelector(".sheet-card .filename")).getText())
        .isEqualTo(storedName);
    assertThat((String) browser.js("return document.querySelector('pre.ocr-text').textContent"))
        .isEqualTo(text);
    browser.driver().findElement(By.cssSelector(".sheet-card summary")).click();
    browser.shot("desktop-xss-job");
    assertClean();

    browser.go("#/quizzes/" + quiz.getInt("id") + "/results");
    browser.waitFor(By.cssSelector("tr[data-submission-id]"));
    assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText())
        .contains("Markup <i>quiz</i>");
    String student = item.isNull("student_name") ? null : item.getString("student_name");
    if (student != null) {
      assertThat(
              browser.driver().findElement(By.cssSelector("tr[data-submission-id] td")).getText())
          .isEqualTo(student);
    }
    assertClean();

    browser.go("#/quizzes/" + quiz.getInt("id") + "/review");
    browser.waitFor(By.id("review-remaining"));
    assertClean();
    browser.go("#/sheets/" + item.getInt("submission_id"));
    browser.waitFor(By.id("marked-image"));
    browser.waitUntil(
        d ->
            (Boolean)
                browser.js(
                    "const i = document.getElementById('marked-image');"
                        + " return i.complete && i.naturalWidth > 0"));
    browser.shot("desktop-xss-sheet");
    assertClean();
    browser.go("#/quizzes");
    browser.waitFor(By.cssSelector("tr[data-quiz-id]"));
    assertClean();
  }

  private void assertClean() {
    browser.assertNoAlert();
    assertThat((Long) browser.js(INJECTED)).as("elements made from data").isZero();
    List<String> log = browser.consoleMessages();
    assertThat(log)
        .as("browser log")
        .noneMatch(
            m ->
                m.contains("Content Security Policy")
                    || m.contains("alert")
                    || m.contains("Uncaught"));
  }

  private static JsonObject question(int q, String accepted) {
    return Json.createObjectBuilder()
        .add("q", q)
        .add("type", "text")
        .add("accepted", Json.createArrayBuilder().add(accepted))
        .add("points", 1)
        .build();
  }
}
