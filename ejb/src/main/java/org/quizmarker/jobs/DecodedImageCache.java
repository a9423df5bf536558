package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The most recently used decoded sheet images (8-bit grey), bounded by their bytes, so the crops
 * and marks of one sheet do not decode its file again for every answer. Images never change once
 * stored, so an entry is never stale; a deleted image's entry simply ages out.
 */
@ApplicationScoped
public class DecodedImageCache {
  @Inject
  @ConfigProperty(name = "qm.decoded-image-cache-bytes", defaultValue = "100663296")
  long budget;

  private final LinkedHashMap<Long, BufferedImage> images = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  /** The decoded image {@code imageId}, decoding it with {@code decode} on a miss. */
  public BufferedImage get(long imageId, Supplier<BufferedImage> decode) {
    synchronized (this) {
      BufferedImage hit = images.get(imageId);
      if (hit != null) {
        return hit;
      }
    }
    // Decoded outside the lock: two requests for a new image may both decode it, none waits.
    BufferedImage image = decode.get();
    put(imageId, image);
    return image;
  }

  private synchronized void put(long imageId, BufferedImage image) {
    long size = sizeOf(image);
    if (size > budget) {
      return;
    }
    BufferedImage previous = images.put(imageId, image);
    if (previous != null) {
      bytes -= sizeOf(previous);
    }
    bytes += size;
    Iterator<Map.Entry<Long, BufferedImage>> eldest = images.entrySet().iterator();
    while (bytes > budget && eldest.hasNext()) {
      Map.Entry<Long, BufferedImage> e = eldest.next();
      if (e.getKey() == imageId) {
        continue;
      }
      bytes -= sizeOf(e.getValue());
      eldest.remove();
    }
  }

  synchronized int size() {
    return images.size();
  }

  static long sizeOf(BufferedImage image) {
    return (long) image.getWidth() * image.getHeight() * image.getColorModel().getPixelSize() / 8;
  }
}
