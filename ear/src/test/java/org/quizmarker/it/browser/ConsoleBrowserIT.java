package org.quizmarker.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.quizmarker.it.Api;
import org.quizmarker.it.DeployedIT;
import org.quizmarker.it.Jobs;
import org.quizmarker.it.Pngs;
import org.quizmarker.it.Sheets;

/**
 * The admin console in the browser: the queues, a job with a failed image and its reason, the retry
 * that brings it back, accounts; and the monitor role, which sees all of it and can change nothing.
 */
class ConsoleBrowserIT extends DeployedIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void anAdminSeesTheQueuesAndAFailedImageAndRetriesIt_aMonitorOnlyLooks() {
    Api teacher = Api.newTeacher();
    String stem = Sheets.cleanPrintedPngs().get(0);
    String jobId =
        teacher
            .upload(
                List.of(
                    new Api.Part("garbled.png", "image/png", Pngs.withGarbageData()),
                    // Fails until an admin retries it (the test server's fault switch).
                    new Api.Part("fault-until-retry.png", "image/png", Sheets.part(stem).bytes()),
                    Sheets.part(stem)),
                null)
            .json()
            .getString("job_id");
    Jobs.awaitEnded(teacher, jobId);

    browser.signIn("admin", Api.ADMIN_PASSWORD);
    browser.go("#/admin");
    browser.waitFor(By.cssSelector("#queues tr[data-queue]"));
    assertThat(browser.all(By.cssSelector("#queues tr[data-queue]"))).isNotEmpty();
    assertThat(browser.driver().findElement(By.id("queues")).getText()).contains("Consumers");
    assertThat(browser.driver().findElement(By.id("stat-workers")).getText())
        .matches("(?s).*\\d+ / \\d+.*");
    browser.waitFor(By.cssSelector("svg.chart"));
    browser.shot("desktop-console-overview");
    browser.js(
        "document.querySelector('svg.chart').closest('section').scrollIntoView({block: 'center'})");
    browser.shot("desktop-console-charts");

    // The job among all users' jobs, with its owner; its page says which image failed and why.
    browser.go("#/admin/jobs");
    WebElement row = browser.waitFor(By.cssSelector("tr[data-job-id='" + jobId + "']"));
    assertThat(row.getText()).contains(teacher.username());
    browser.shot("desktop-console-jobs");
    row.findElement(By.cssSelector("a")).click();
    WebElement failed = browser.waitFor(By.cssSelector(".sheet-card[data-status=failed]"));
    assertThat(browser.all(By.cssSelector(".sheet-card[data-status=failed]"))).hasSize(2);
    assertThat(browser.driver().findElement(By.cssSelector(".alert-warn")).getText())
        .contains("garbled.png")
        .contains("2 of 3 failed");
    assertThat(failed.getText()).contains("Failed:");
    browser.shot("desktop-console-job-failed");

    browser.driver().findElement(By.id("retry-job")).click();
    // The page follows the job: the image that failed until a retry is read now; the garbled one
    // fails again, with its reason.
    browser.waitUntil(
        java.time.Duration.ofSeconds(90),
        d ->
            d.findElements(By.cssSelector(".sheet-card[data-status=failed]")).size() == 1
                && d.findElements(By.cssSelector(".sheet-card[data-status=completed]")).size()
                    == 2);
    JsonObject job = teacher.get("/jobs/" + jobId).data();
    assertThat(job.getInt("failed_items")).isEqualTo(1);
    browser.shot("desktop-console-job-retried");

    // A monitor account, made in the Users tab.
    String monitor = "m" + UUID.randomUUID().toString().substring(0, 10);
    browser.go("#/admin/users");
    browser.waitFor(By.id("new-username")).sendKeys(monitor);
    browser.driver().findElement(By.id("new-password")).sendKeys(Api.USER_PASSWORD);
    browser.driver().findElement(By.id("new-teacher")).click(); // untick
    browser.driver().findElement(By.id("new-monitor")).click();
    browser.driver().findElement(By.cssSelector("#create-user button[type=submit]")).click();
    WebElement created = browser.waitFor(By.cssSelector("tr[data-username='" + monitor + "']"));
    assertThat(created.getText()).contains("monitor");
    browser.js("window.scrollTo(0, 0)");
    browser.shot("desktop-console-users");
    browser.signOut();

    // The monitor sees the console, and nothing on it changes anything.
    browser.signIn(monitor, Api.USER_PASSWORD);
    browser.go("#/admin");
    browser.waitFor(By.cssSelector("#queues tr[data-queue]"));
    assertThat(browser.waitFor(By.id("readonly-note")).getText()).contains("Read-only");
    browser.shot("desktop-console-monitor");
    browser.go("#/admin/jobs");
    browser.waitFor(By.cssSelector("tr[data-job-id='" + jobId + "']"));
    assertThat(browser.all(By.cssSelector("main button.retry, main button.danger"))).isEmpty();
    assertThat(browser.all(By.cssSelector("main form"))).isEmpty();
    browser.go("#/admin/jobs/" + jobId);
    browser.waitFor(By.cssSelector(".sheet-card"));
    assertThat(browser.all(By.id("retry-job"))).isEmpty();
    browser.go("#/admin/users");
    browser.waitFor(By.cssSelector("tr[data-username='" + monitor + "']"));
    assertThat(browser.all(By.cssSelector("main button"))).isEmpty();
    assertThat(browser.all(By.id("create-user"))).isEmpty();
    browser.size(Browser.PHONE);
    browser.go("#/admin");
    browser.waitFor(By.cssSelector("#queues tr[data-queue]"));
    browser.assertNoSidewaysScroll();
    browser.shot("phone-console-overview");

    // The API refuses the monitor's changes whatever the page shows.
    Api asMonitor = Api.signedIn(monitor, Api.USER_PASSWORD);
    assertThat(
            asMonitor
                .post("/admin/jobs/" + jobId + "/retry", Json.createObjectBuilder().build())
                .status())
        .isEqualTo(403);
  }
}
