package org.quizmarker.accuracy;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.quizmarker.ocr.DecodedImage;
import org.quizmarker.ocr.ImageDecoder;
import org.quizmarker.ocr.OcrRequest;
import org.quizmarker.ocr.TesseractEngine;
import org.quizmarker.ocr.ppocr.PpOcrEngine;
import org.quizmarker.ocr.ppocr.PpOcrModels;

/**
 * The committee's floor: both engines' own inference on the same pages, nothing else. Each page is
 * read by Tesseract (psm 6, the decoded page as it is) and by PP-OCR the way PaddleOCR reads a page
 * (its detector, then its v4 model on every line found), on {@code threads} threads. Decoding
 * happens before the clock starts, and one page is read first to load the models; measuring,
 * preprocessing, the v3 re-reads, parsing and the server's bookkeeping are what a batch spends
 * above this.
 *
 * <p>Prints the wall time of the pages and each engine's CPU time, and a last line {@code
 * engine-floor-seconds WALL} for {@code scripts/bench.sh}.
 */
final class EngineFloor {

  private static final Duration TIMEOUT = Duration.ofSeconds(180);
  private static final long MAX_PIXELS = 120_000_000L;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final PrintStream out;
  private final int threads;

  EngineFloor(PrintStream out, int threads) {
    this.out = out;
    this.threads = threads;
  }

  /** CPU nanoseconds of one page: Tesseract's and PP-OCR's. */
  private record PageCpu(long tesseract, long ppocr) {}

  void run(Path folder, PpOcrEngine.Settings settings) throws Exception {
    List<Path> images;
    try (Stream<Path> files = Files.list(folder)) {
      images =
          files
              .filter(p -> p.getFileName().toString().matches("sheet_\\d+\\.(png|jpg|jpeg)"))
              .sorted()
              .toList();
    }
    if (images.isEmpty()) {
      throw new IllegalArgumentException("no sheet_NNN.png/jpg in " + folder);
    }
    List<DecodedImage> pages = new ArrayList<>();
    for (Path image : images) {
      pages.add(new ImageDecoder().decode(Files.readAllBytes(image), MAX_PIXELS));
    }
    try (TesseractEngine tesseract = new TesseractEngine(threads);
        PpOcrModels models = new PpOcrModels()) {
      PpOcrEngine ppocr = new PpOcrEngine(models, settings);
      readPage(tesseract, ppocr, pages.get(0)); // loads the models and a handle: not timed
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        long start = System.nanoTime();
        List<Future<PageCpu>> futures = new ArrayList<>();
        for (DecodedImage page : pages) {
          futures.add(pool.submit(() -> readPage(tesseract, ppocr, page)));
        }
        long tesseractCpu = 0;
        long ppocrCpu = 0;
        for (Future<PageCpu> f : futures) {
          tesseractCpu += f.get().tesseract();
          ppocrCpu += f.get().ppocr();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        int n = pages.size();
        out.printf(
            Locale.ROOT,
            "Engine floor: %d pages in %.2f s wall with %d threads (%.3f s per page); CPU per page:"
                + " Tesseract %.3f s, PP-OCR detection + v4 %.3f s, together %.3f s%n",
            n,
            wall,
            threads,
            wall / n,
            tesseractCpu / 1e9 / n,
            ppocrCpu / 1e9 / n,
            (tesseractCpu + ppocrCpu) / 1e9 / n);
        out.printf(Locale.ROOT, "engine-floor-seconds %.2f%n", wall);
      } finally {
        pool.shutdown();
      }
    }
  }

  private static PageCpu readPage(TesseractEngine tesseract, PpOcrEngine ppocr, DecodedImage page)
      throws Exception {
    OcrRequest request = OcrRequest.page(TIMEOUT).withDpi(page.dpi());
    long t0 = cpuNanos();
    tesseract.read(page.image(), request);
    long t1 = cpuNanos();
    ppocr.read(page.image(), request);
    long t2 = cpuNanos();
    return new PageCpu(t1 - t0, t2 - t1);
  }

  private static long cpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
