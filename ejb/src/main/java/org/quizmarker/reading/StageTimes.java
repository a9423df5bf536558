package org.quizmarker.reading;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** CPU time of the reading thread per stage of {@link SheetPipeline}, in nanoseconds. */
public record StageTimes(Map<Stage, Long> cpuNanos) {

  /** The stages of reading one sheet, in order. */
  public enum Stage {
    /** Light, noise, skew and text size of the page. */
    MEASURE,
    /**
     * Tesseract's orientation detection (OSD), on pages whose upright reading is not confident:
     * engine time, apart from the measuring around it.
     */
    ORIENTATION,
    /** Turning, flattening, straightening and enlarging the page as planned. */
    TRANSFORM,
    /** Tesseract reading the page (psm 6). */
    TESSERACT,
    /** PP-OCR's DB detector finding the text lines. */
    DETECT,
    /** PP-OCR v4 recognition of each line. */
    READ_PPOCR_V4,
    /** PP-OCR v3 recognition of the lines where Tesseract and v4 disagree. */
    READ_PPOCR_V3,
    /** Parsing the readings and combining them per answer. */
    COMBINE
  }

  public StageTimes {
    cpuNanos = Collections.unmodifiableMap(new EnumMap<>(cpuNanos));
  }

  public long nanos(Stage stage) {
    return cpuNanos.getOrDefault(stage, 0L);
  }

  public long totalNanos() {
    return cpuNanos.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Measures the current thread's CPU time into stages. Not thread-safe: one per reading. */
  static final class Clock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    private Stage current;
    private long since;

    void enter(Stage stage) {
      long now = now();
      if (current != null) {
        nanos.merge(current, now - since, Long::sum);
      }
      current = stage;
      since = now;
    }

    StageTimes stop() {
      enter(null);
      return new StageTimes(nanos);
    }

    private static long now() {
      return THREADS.isCurrentThreadCpuTimeSupported()
          ? THREADS.getCurrentThreadCpuTime()
          : System.nanoTime();
    }
  }
}
