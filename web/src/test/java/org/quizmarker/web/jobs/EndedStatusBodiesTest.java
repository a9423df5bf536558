package org.quizmarker.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quizmarker.jobs.ImageResult;
import org.quizmarker.jobs.JobDetails;
import org.quizmarker.jobs.JobSnapshot;
import org.quizmarker.jobs.JobStatus;
import org.quizmarker.jobs.JobType;

class EndedStatusBodiesTest {
  private final AtomicInteger serialised = new AtomicInteger();
  // JSON-B comes with the server; the envelope's toString stands in for it here.
  private final EndedStatusBodies bodies =
      new EndedStatusBodies(
          envelope -> {
            serialised.incrementAndGet();
            return envelope.toString();
          });

  private static JobDetails ended(UUID id, String filename) {
    Instant t = Instant.parse("2026-12-01T10:00:00Z");
    JobSnapshot s =
        new JobSnapshot(
            id,
            7,
            JobType.UPLOAD,
            JobStatus.COMPLETED,
            100,
            "done",
            t,
            t,
            t,
            null,
            5,
            null,
            1,
            1,
            0);
    return new JobDetails(s, List.of(new ImageResult(filename, "completed", null, null)));
  }

  @Test
  void theSameDetailsAreRenderedOnceAsTheUsualAnswer() {
    UUID id = UUID.randomUUID();
    JobDetails details = ended(id, "a.png");

    EndedStatusBodies.Rendered first = bodies.of(details);

    assertThat(bodies.of(details)).isSameAs(first);
    assertThat(serialised).hasValue(1);
    assertThat(first.tag()).isEqualTo(StatusTags.of(details.snapshot(), details.result()));
    assertThat(new String(first.json(), StandardCharsets.UTF_8))
        .contains(id.toString())
        .contains("a.png");
  }

  @Test
  void newDetailsOfTheSameJobAreRenderedAnew() {
    UUID id = UUID.randomUUID();
    EndedStatusBodies.Rendered before = bodies.of(ended(id, "a.png"));
    EndedStatusBodies.Rendered after = bodies.of(ended(id, "b.png"));

    assertThat(after).isNotSameAs(before);
    assertThat(serialised).hasValue(2);
    assertThat(after.tag()).isNotEqualTo(before.tag());
    assertThat(new String(after.json(), StandardCharsets.UTF_8)).contains("b.png");
  }
}
