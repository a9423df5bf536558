package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressCacheFieldsTest {

  @Test
  void aSnapshotSurvivesTheRoundTripThroughTheRedisHash() {
    JobSnapshot s =
        new JobSnapshot(
            UUID.randomUUID(),
            7,
            JobType.UPLOAD,
            JobStatus.PROCESSING,
            35,
            "Processing image 2 of 3",
            Instant.parse("2026-11-19T13:00:00Z"),
            Instant.parse("2026-11-19T13:00:01Z"),
            null,
            null,
            4,
            12L,
            3,
            1,
            1);
    Map<String, String> hash = new HashMap<>(RedisProgressCache.fields(s));
    hash.put("revision", "4");
    assertThat(RedisProgressCache.read(s.jobId(), hash)).isEqualTo(s);
  }
}
