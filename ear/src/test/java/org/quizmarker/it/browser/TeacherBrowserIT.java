package org.quizmarker.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.quizmarker.it.Api;
import org.quizmarker.it.DeployedIT;
import org.quizmarker.it.Sheets;

/**
 * A teacher's afternoon in the browser: sign in, import a key, upload sheets and watch them being
 * read live, review the flagged answers by keyboard (one of them as a group), see a score change,
 * download the CSV and a marked sheet; the same pages at a phone's width.
 */
class TeacherBrowserIT extends DeployedIT {

  @RegisterExtension final Browser browser = new Browser();

  @Test
  void aTeacherUploadsWatchesReviewsAndExports() throws IOException {
    Api teacher = Api.newTeacher();
    Path key = keyWithMostSheets();
    List<Path> sheets = sheetsOf(key);
    // Every sheet twice (a copy under another name): identical readings are then certain, so the
    // review has groups to decide at once, whatever the reader makes of each sheet.
    Path copies = Files.createTempDirectory("qm-copies");
    List<Path> files = new ArrayList<>(sheets);
    for (Path s : sheets) {
      files.add(Files.copy(s, copies.resolve("copy-" + s.getFileName())));
    }

    browser.go("#/signin");
    browser.waitFor(By.name("username"));
    browser.shot("desktop-signin");
    browser.signIn(teacher.username(), teacher.password());

    // Empty state, then the key imported from its JSON file.
    browser.go("#/quizzes");
    browser.waitFor(By.cssSelector(".empty"));
    assertThat(browser.driver().findElement(By.cssSelector(".empty")).getText())
        .contains("No quizzes yet");
    browser.present(By.id("import-key")).sendKeys(key.toAbsolutePath().normalize().toString());
    WebElement title = browser.waitFor(By.id("quiz-title"));
    String quizTitle = title.getDomProperty("value");
    assertThat(quizTitle).isNotBlank();
    browser.shot("desktop-quiz-editor");
    browser.driver().findElement(By.id("save-quiz")).click();
    browser.waitUntil(d -> d.getCurrentUrl().matches(".*#/quizzes/\\d+$"));
    String quizId = browser.driver().getCurrentUrl().replaceAll(".*#/quizzes/", "");
    browser.waitFor(By.cssSelector(".sub"));

    // The first page, loaded afresh: under a second to a rendered page.
    browser.go("#/upload");
    browser.waitFor(By.id("quiz-picker"));
    browser.driver().navigate().refresh();
    double firstPageMs =
        browser
            .<Number>waitUntil(
                d ->
                    (Number)
                        browser.js(
                            "const m = performance.getEntriesByName('qm:rendered:upload');"
                                + " return m.length ? m[0].startTime : null"))
            .doubleValue();
    System.out.printf("First page (upload) rendered %.0f ms after navigation%n", firstPageMs);
    assertThat(firstPageMs).isLessThan(1000.0);

    // Checked before sending: a file of the wrong type is refused in words, nothing is sent.
    Path heic = Files.write(copies.resolve("sheet7.heic"), new byte[] {1, 2, 3});
    browser.present(By.id("file-input")).sendKeys(heic.toAbsolutePath().normalize().toString());
    assertThat(browser.waitFor(By.cssSelector(".filelist li.bad .why")).getText())
        .isEqualTo("sheet7.heic is not a PNG, JPEG or TIFF image.");
    assertThat(browser.driver().findElement(By.id("upload-submit")).isEnabled()).isFalse();
    browser.shot("desktop-upload-refused");
    browser.driver().findElement(By.cssSelector(".filelist li.bad button")).click();
    // Refused by the server (text named .png): its code in words.
    Path fake = Files.writeString(copies.resolve("notes.png"), "not an image at all");
    browser.present(By.id("file-input")).sendKeys(fake.toAbsolutePath().normalize().toString());
    browser.waitFor(By.id("upload-submit")).click();
    assertThat(browser.waitFor(By.cssSelector("#upload-form .alert-error")).getText())
        .contains("not a PNG, JPEG or TIFF image");
    browser.driver().findElement(By.cssSelector(".filelist li button")).click();

    // Upload with the quiz: files checked, bytes sent, then the job live to 100 %.
    new Select(browser.waitFor(By.id("quiz-picker"))).selectByValue(quizId);
    browser
        .present(By.id("file-input"))
        .sendKeys(
            files.stream()
                .map(p -> p.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining("\n")));
    browser.waitUntil(d -> d.findElements(By.cssSelector(".filelist li")).size() == files.size());
    assertThat(browser.driver().findElement(By.id("upload-submit")).isEnabled()).isTrue();
    browser.shot("desktop-upload-chosen");
    browser.driver().findElement(By.id("upload-submit")).click();

    WebElement live = browser.waitFor(By.cssSelector(".job-live"));
    Set<String> progressSeen = new LinkedHashSet<>();
    boolean shotTaken = false;
    long deadline = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < deadline) {
      String status = live.getDomAttribute("data-status");
      String progress = live.getDomAttribute("data-progress");
      if (progress != null) {
        progressSeen.add(progress);
      }
      if (!shotTaken && progress != null && !"0".equals(progress) && !"100".equals(progress)) {
        browser.shot("desktop-upload-live");
        shotTaken = true;
      }
      if ("completed".equals(status)) {
        break;
      }
      sleep(150);
    }
    assertThat(live.getDomAttribute("data-status")).isEqualTo("completed");
    assertThat(live.getDomAttribute("data-progress")).isEqualTo("100");
    assertThat(progressSeen).as("progress values shown while reading").hasSizeGreaterThan(2);
    assertThat(browser.driver().findElement(By.id("job-progress-text")).getText())
        .contains(files.size() + " of " + files.size() + " read");
    browser.waitUntil(
        d ->
            d.findElements(By.cssSelector(".job-live .item[data-status=completed]")).size()
                == files.size());
    browser.shot("desktop-upload-done");
    String jobId = live.getDomAttribute("data-job-id");

    // Jobs list and the job's page.
    browser.go("#/jobs");
    browser.waitFor(By.cssSelector("tr[data-job-id='" + jobId + "']"));
    browser.shot("desktop-jobs");
    browser.go("#/jobs/" + jobId);
    browser.waitUntil(d -> d.findElements(By.cssSelector(".sheet-card")).size() == files.size());
    browser.waitUntil(
        d ->
            (Boolean)
                browser.js(
                    "return [...document.querySelectorAll('img.thumb')].every(i => i.complete && i.naturalWidth > 0)"));
    browser.shot("desktop-job");

    // Review by keyboard.
    browser.go("#/quizzes/" + quizId + "/review");
    WebElement remainingEl = browser.waitFor(By.id("review-remaining"));
    int remaining = Integer.parseInt(remainingEl.getDomAttribute("data-remaining"));
    assertThat(remaining).as("answers to review").isPositive();
    waitForCrop();
    browser.shot("desktop-review");
    // The first answer whose position on the sheet is known: its crop, trimmed and big.
    int moved = 0;
    while (moved < 30 && browser.all(By.cssSelector(".crop-box canvas")).isEmpty()) {
      browser.press("j");
      moved++;
      sleep(300);
    }
    if (!browser.all(By.cssSelector(".crop-box canvas")).isEmpty()) {
      browser.shot("desktop-review-crop");
    }
    for (; moved > 0; moved--) {
      browser.press("k");
    }

    // One answer alone: the decision that changes its sheet's score.
    WebElement layout = browser.driver().findElement(By.cssSelector(".review"));
    long submission = Long.parseLong(layout.getDomAttribute("data-submission-id"));
    int q = Integer.parseInt(layout.getDomAttribute("data-q"));
    JsonObject before = teacher.get("/submissions/" + submission).data();
    double pointsBefore = answer(before, q).getJsonNumber("points").doubleValue();
    browser.go("#/quizzes/" + quizId + "/results");
    String scoreBefore =
        browser
            .waitFor(By.cssSelector("tr[data-submission-id='" + submission + "'] .score"))
            .getText();
    browser.go("#/quizzes/" + quizId + "/review");
    browser.waitFor(By.id("review-remaining"));
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector(".review"))
                .getDomAttribute("data-submission-id"))
        .isEqualTo(Long.toString(submission));
    browser.press(pointsBefore > 0 ? "x" : "c");
    awaitRemaining(remaining - 1);
    JsonObject after = teacher.get("/submissions/" + submission).data();
    assertThat(after.getJsonNumber("score").doubleValue())
        .isNotEqualTo(before.getJsonNumber("score").doubleValue());
    assertThat(browser.driver().findElement(By.id("review-saved")).getText()).startsWith("Saved");

    // z undoes it, and deciding again saves it again.
    browser.press("z");
    awaitRemaining(remaining);
    assertThat(
            teacher.get("/submissions/" + submission).data().getJsonNumber("score").doubleValue())
        .isEqualTo(before.getJsonNumber("score").doubleValue());
    browser.press(pointsBefore > 0 ? "x" : "c");
    awaitRemaining(remaining - 1);
    remaining--;

    // Move with j to a group of several undecided answers and decide it as one.
    int guard = 0;
    while (undecidedInGroup() < 2) {
      browser.press("j");
      assertThat(++guard).as("a group of identical readings to decide at once").isLessThan(400);
    }
    int groupSize = undecidedInGroup();
    List<String> members =
        browser.all(By.cssSelector("#group-list li")).stream()
            .filter(li -> li.getText().contains("to review"))
            .map(li -> li.getDomAttribute("data-key"))
            .toList();
    waitForCrop();
    browser.press("g");
    browser.waitFor(By.id("group-armed"));
    browser.shot("desktop-review-group");
    browser.press("x");
    awaitRemaining(remaining - groupSize);
    for (String m : members) {
      String[] parts = m.split("\\|");
      JsonObject a =
          answer(teacher.get("/submissions/" + parts[0]).data(), Integer.parseInt(parts[1]));
      assertThat(a.getBoolean("correct")).as(m).isFalse();
      assertThat(a.getBoolean("needs_review")).as(m).isFalse();
    }

    // ? shows the keymap; o the whole sheet.
    browser.press("?");
    browser.waitFor(By.cssSelector("dialog#keymap[open]"));
    browser.shot("desktop-review-keymap");
    browser.press(Keys.ESCAPE);
    browser.waitUntil(d -> d.findElements(By.cssSelector("dialog[open]")).isEmpty());
    if (!browser.all(By.cssSelector(".review")).isEmpty()) {
      browser.press("o");
      browser.waitFor(By.cssSelector("dialog#sheet-dialog[open] img"));
      browser.press(Keys.ESCAPE);
    }

    // Results: the changed score, charts, the CSV.
    browser.go("#/quizzes/" + quizId + "/results");
    WebElement score =
        browser.waitFor(By.cssSelector("tr[data-submission-id='" + submission + "'] .score"));
    assertThat(score.getText())
        .matches("\\d+(\\.\\d+)? / \\d+(\\.\\d+)?")
        .isNotEqualTo(scoreBefore);
    assertThat(browser.all(By.cssSelector("svg.chart"))).hasSize(2);
    // The score chart counts sheets: its axis shows whole numbers, evenly apart.
    @SuppressWarnings("unchecked")
    List<String> ticks =
        (List<String>)
            browser.js(
                "return [...document.querySelectorAll('svg.chart')[1]"
                    + ".querySelectorAll('text[text-anchor=end]')].map(t => t.textContent)");
    assertThat(ticks).hasSize(5).allMatch(t -> t.matches("\\d+"));
    List<Integer> values = ticks.stream().map(Integer::parseInt).toList();
    int step = values.get(1) - values.get(0);
    assertThat(step).isPositive();
    for (int i = 2; i < values.size(); i++) {
      assertThat(values.get(i) - values.get(i - 1)).as("ticks %s", ticks).isEqualTo(step);
    }
    browser.shot("desktop-results");
    browser.driver().findElement(By.id("download-csv")).click();
    Path csv = browser.downloaded(".csv");
    String csvText = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(csvText).startsWith("submission_id,");
    assertThat(csvText.lines()).anyMatch(l -> l.startsWith(submission + ","));

    // A marked sheet, in the page and downloaded.
    browser.go("#/sheets/" + submission);
    browser.waitUntil(
        d ->
            (Boolean)
                browser.js(
                    "const i = document.getElementById('marked-image'); return !!i && i.complete && i.naturalWidth > 0"));
    browser.shot("desktop-marked-sheet");
    browser.driver().findElement(By.id("download-marked")).click();
    Path png = browser.downloaded(".png");
    byte[] head = Files.readAllBytes(png);
    assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

    // API tokens: shown once.
    browser.go("#/tokens");
    browser.waitFor(By.name("token-name")).sendKeys("grading laptop");
    browser.driver().findElement(By.cssSelector("form.panel button[type=submit]")).click();
    assertThat(browser.waitFor(By.id("new-token")).getText()).startsWith("qm_");
    browser.shot("desktop-tokens");

    // Own password: changed with the old one; this session stays, the token is revoked.
    browser.driver().findElement(By.id("old-password")).sendKeys(teacher.password());
    browser.driver().findElement(By.id("changed-password")).sendKeys("a-new-long-passphrase");
    browser.driver().findElement(By.cssSelector("#change-password button[type=submit]")).click();
    assertThat(browser.waitFor(By.cssSelector(".toast-info")).getText())
        .contains("Password changed");
    browser.waitUntil(
        d -> d.findElement(By.cssSelector("main table")).getText().contains("revoked"));

    // The same pages at a phone's width: nothing scrolls sideways.
    browser.size(Browser.PHONE);
    for (Map.Entry<String, String> page :
        Map.of(
                "phone-upload", "#/upload",
                "phone-review", "#/quizzes/" + quizId + "/review",
                "phone-results", "#/quizzes/" + quizId + "/results",
                "phone-job", "#/jobs/" + jobId)
            .entrySet()) {
      browser.go(page.getValue());
      browser.waitFor(By.cssSelector("main h1"));
      sleep(400);
      browser.assertNoSidewaysScroll();
      browser.shot(page.getKey());
    }
    assertThat(browser.consoleMessages())
        .noneMatch(m -> m.contains("Uncaught") || m.contains("Content Security Policy"));
  }

  private int undecidedInGroup() {
    return browser.all(By.cssSelector("#group-list li")).stream()
        .filter(li -> li.getText().contains("to review"))
        .toList()
        .size();
  }

  private void awaitRemaining(int expected) {
    browser.waitUntil(
        Duration.ofSeconds(15),
        d -> {
          List<WebElement> count = d.findElements(By.id("review-remaining"));
          return !count.isEmpty()
              && Integer.toString(expected).equals(count.get(0).getDomAttribute("data-remaining"));
        });
  }

  private void waitForCrop() {
    browser.waitUntil(
        d ->
            (Boolean)
                browser.js(
                    "const i = document.querySelector('.crop-box img'); return !i || (i.complete && i.naturalWidth > 0)"));
  }

  private static JsonObject answer(JsonObject submission, int q) {
    return submission.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getInt("q") == q)
        .findFirst()
        .orElseThrow();
  }

  /** The sample key most sample sheets were written for. */
  static Path keyWithMostSheets() throws IOException {
    Map<String, Long> byKey;
    try (Stream<Path> files = Files.list(Sheets.dev())) {
      byKey =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.matches("sheet_\\d+\\.json"))
              .map(n -> Sheets.truth(n.substring(0, n.length() - 5)).getString("key"))
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
    String key =
        byKey.entrySet().stream()
            .max(
                Map.Entry.<String, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .orElseThrow()
            .getKey();
    return Sheets.dev().resolve(key);
  }

  static List<Path> sheetsOf(Path key) throws IOException {
    String name = key.getFileName().toString();
    try (Stream<Path> files = Files.list(Sheets.dev())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("sheet_\\d+\\.json"))
          .sorted()
          .map(n -> n.substring(0, n.length() - 5))
          .filter(s -> Sheets.truth(s).getString("key").equals(name))
          .map(Sheets::image)
          .toList();
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
