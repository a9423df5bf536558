package org.quizmarker.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DecodedImageCacheTest {

  @Test
  void aHitDoesNotDecodeAgainAndTheLeastRecentlyUsedImagesLeaveFirstWithinTheBudget() {
    DecodedImageCache cache = new DecodedImageCache();
    cache.budget = 3 * 100 * 100; // three grey 100x100 images
    AtomicInteger decodes = new AtomicInteger();
    for (long id = 1; id <= 3; id++) {
      cache.get(id, () -> grey(decodes));
    }
    cache.get(1, () -> grey(decodes)); // 1 is now the most recently used
    assertThat(decodes.get()).isEqualTo(3);
    cache.get(4, () -> grey(decodes)); // 2 leaves
    assertThat(cache.size()).isEqualTo(3);
    cache.get(1, () -> grey(decodes));
    cache.get(3, () -> grey(decodes));
    assertThat(decodes.get()).isEqualTo(4);
    cache.get(2, () -> grey(decodes));
    assertThat(decodes.get()).isEqualTo(5);
  }

  @Test
  void anImageLargerThanTheWholeBudgetIsNotKept() {
    DecodedImageCache cache = new DecodedImageCache();
    cache.budget = 100;
    AtomicInteger decodes = new AtomicInteger();
    cache.get(1, () -> grey(decodes));
    cache.get(1, () -> grey(decodes));
    assertThat(decodes.get()).isEqualTo(2);
    assertThat(cache.size()).isZero();
  }

  static BufferedImage grey(AtomicInteger decodes) {
    decodes.incrementAndGet();
    return new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY);
  }
}
