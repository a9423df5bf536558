package org.quizmarker.ocr;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.FloatByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.quizmarker.ocr.TesseractLibrary.Handle;
import org.quizmarker.ocr.TesseractLibrary.Monitor;
import org.quizmarker.ocr.TesseractLibrary.PageIterator;
import org.quizmarker.ocr.TesseractLibrary.ResultIterator;

/**
 * {@link OcrEngine} on the native Tesseract 5 library (English).
 *
 * <p>Thread-safe. A Tesseract handle is not (two threads on one crashed the JVM) and creating one
 * loads the model (0.1-0.3 s), so the engine keeps a pool of handles, created on demand up to
 * {@code maxHandles}; a call borrows one and waits if all are busy. Size the pool like the number
 * of OCR worker threads. Each handle holds about 85 MB of native memory, plus about 60 MB per A4
 * page being read.
 *
 * <p>The time limit is enforced inside Tesseract through its progress monitor (ETEXT_DESC
 * deadline): when it passes, Tesseract stops recognising words and the call fails with {@link
 * OcrTimeoutException}, and the handle is free again. The monitor only covers word recognition, not
 * the page layout analysis that precedes it (about 0.1 s on an A4 sheet).
 */
public final class TesseractEngine implements OcrEngine, AutoCloseable {

  /** Where Debian's tesseract-ocr packages put the language data. */
  public static final String DEBIAN_TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

  private static final String LANGUAGE = "eng";
  private static final String OSD_LANGUAGE = "osd";
  private static final int MIN_CREDIBLE_DPI = 70;
  private static final int MAX_CREDIBLE_DPI = 2400;
  private static final int MAX_SIDE = Short.MAX_VALUE; // Tesseract refuses larger images

  /**
   * Orientation detection runs only on pages whose upright reading is not confident and takes about
   * 0.2 s, so one handle (about 35 MB of native memory) serves all workers.
   */
  private static final int MAX_OSD_HANDLES = 1;

  private final TesseractLibrary lib;
  private final String datapath;
  private final HandlePool ocrHandles;
  private final HandlePool osdHandles;

  /** An engine reading from {@link #defaultDatapath()}. */
  public TesseractEngine(int maxHandles) {
    this(defaultDatapath(), maxHandles);
  }

  /**
   * @param datapath the tessdata folder itself (holding eng.traineddata and, for {@link
   *     #detectOrientation}, osd.traineddata)
   * @param maxHandles the most Tesseract handles kept, i.e. the most images read at once
   * @throws UnsatisfiedLinkError if libtesseract is not installed
   */
  public TesseractEngine(String datapath, int maxHandles) {
    if (maxHandles < 1) {
      throw new IllegalArgumentException("maxHandles must be at least 1: " + maxHandles);
    }
    this.datapath = Objects.requireNonNull(datapath, "datapath");
    this.lib = TesseractLibrary.load();
    this.ocrHandles = new HandlePool(LANGUAGE, maxHandles);
    this.osdHandles = new HandlePool(OSD_LANGUAGE, Math.min(maxHandles, MAX_OSD_HANDLES));
  }

  /** {@code TESSDATA_PREFIX} from the environment if set (as for the CLI), else Debian's folder. */
  public static String defaultDatapath() {
    String fromEnv = System.getenv("TESSDATA_PREFIX");
    return fromEnv == null || fromEnv.isBlank() ? DEBIAN_TESSDATA : fromEnv;
  }

  /** Creates a first handle now, so a missing library or language file shows at start-up. */
  public void warmUp() throws OcrFailedException {
    ocrHandles.release(ocrHandles.borrow());
  }

  @Override
  public OcrResult read(BufferedImage image, OcrRequest request)
      throws OcrTimeoutException, OcrFailedException {
    Objects.requireNonNull(request, "request");
    BufferedImage grey = checkedGrey(image);
    Handle handle = ocrHandles.borrow();
    long start = System.nanoTime();
    try (Memory pixels = pixels(grey)) {
      lib.TessBaseAPISetPageSegMode(handle, request.pageSegMode());
      // Variables stay set on a pooled handle, so every call sets all of them.
      setVariable(handle, "tessedit_char_whitelist", Objects.toString(request.charWhitelist(), ""));
      int dpi = credibleDpi(request.dpi());
      setVariable(handle, "user_defined_dpi", Integer.toString(dpi));
      lib.TessBaseAPISetImage(
          handle, pixels, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
      lib.TessBaseAPISetSourceResolution(handle, dpi);
      recognize(handle, request.timeout());
      String text = utf8Text(handle);
      int meanConfidence = lib.TessBaseAPIMeanTextConf(handle);
      List<OcrLine> lines = lines(handle);
      return new OcrResult(text, meanConfidence, lines, (System.nanoTime() - start) / 1_000_000);
    } finally {
      lib.TessBaseAPIClear(handle);
      ocrHandles.release(handle);
    }
  }

  /**
   * Tesseract's orientation and script detection (the CLI's {@code --psm 0}). Runs on a separate
   * handle loaded with the osd data (one, shared: a second caller waits): on an eng handle it
   * answered 270 degrees with confidence 127 for an upright sheet. No time limit (about 0.2 s per
   * A4 sheet).
   *
   * @return empty if Tesseract cannot tell, e.g. too little text
   */
  @Override
  public Optional<Orientation> detectOrientation(BufferedImage image) throws OcrFailedException {
    BufferedImage grey = checkedGrey(image);
    Handle handle = osdHandles.borrow();
    try (Memory pixels = pixels(grey)) {
      lib.TessBaseAPISetImage(
          handle, pixels, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
      IntByReference degrees = new IntByReference();
      FloatByReference confidence = new FloatByReference();
      boolean detected =
          lib.TessBaseAPIDetectOrientationScript(
                  handle, degrees, confidence, new PointerByReference(), new FloatByReference())
              != 0;
      return detected
          ? Optional.of(new Orientation(degrees.getValue(), confidence.getValue()))
          : Optional.empty();
    } finally {
      lib.TessBaseAPIClear(handle);
      osdHandles.release(handle);
    }
  }

  /** Ends all idle handles now and busy ones when they are returned. Idempotent. */
  @Override
  public void close() {
    ocrHandles.close();
    osdHandles.close();
  }

  private void recognize(Handle handle, Duration timeout)
      throws OcrTimeoutException, OcrFailedException {
    // at least 1 ms: Tesseract ignores a deadline of 0
    int deadlineMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, ceilMillis(timeout)));
    Monitor monitor = lib.TessMonitorCreate();
    int status;
    long start = System.nanoTime();
    try {
      lib.TessMonitorSetDeadlineMSecs(monitor, deadlineMillis);
      status = lib.TessBaseAPIRecognize(handle, monitor);
    } finally {
      lib.TessMonitorDelete(monitor);
    }
    if (status != 0) {
      // Recognize reports a passed deadline only as -1, like any other failure: tell them apart
      // by the clock. (Measured on 5.3.0: with a 1 ms deadline an A4 sheet returns -1 after the
      // layout analysis, 60-160 ms, with blank words.)
      if (System.nanoTime() - start >= deadlineMillis * 1_000_000L) {
        throw new OcrTimeoutException(timeout);
      }
      throw new OcrFailedException(
          "Tesseract could not recognise the image (status " + status + ")");
    }
  }

  private static long ceilMillis(Duration duration) {
    long millis = duration.toMillis();
    return duration.minusMillis(millis).isZero() ? millis : millis + 1;
  }

  private String utf8Text(Handle handle) {
    return taken(lib.TessBaseAPIGetUTF8Text(handle));
  }

  /** The UTF-8 text Tesseract allocated, freed after copying; empty for none. */
  private String taken(Pointer text) {
    if (text == null) {
      return "";
    }
    try {
      return text.getString(0, StandardCharsets.UTF_8.name());
    } finally {
      lib.TessDeleteText(text);
    }
  }

  /** Walks the result word by word, starting a new line where Tesseract's text lines begin. */
  private List<OcrLine> lines(Handle handle) {
    List<OcrLine> lines = new ArrayList<>();
    ResultIterator it = lib.TessBaseAPIGetIterator(handle);
    if (it == null) {
      return lines;
    }
    try {
      PageIterator page = lib.TessResultIteratorGetPageIterator(it);
      String lineText = null;
      float lineConfidence = 0;
      Box lineBox = null;
      List<OcrWord> words = new ArrayList<>();
      do {
        Box wordBox = box(page, TesseractLibrary.RIL_WORD);
        if (wordBox == null) {
          continue; // nothing at this position (empty page)
        }
        if (lineBox == null
            || lib.TessPageIteratorIsAtBeginningOf(page, TesseractLibrary.RIL_TEXTLINE) != 0) {
          if (lineBox != null) {
            lines.add(new OcrLine(lineText, lineConfidence, lineBox, words));
          }
          lineText = stripLineBreak(text(it, TesseractLibrary.RIL_TEXTLINE));
          lineConfidence = lib.TessResultIteratorConfidence(it, TesseractLibrary.RIL_TEXTLINE);
          lineBox = box(page, TesseractLibrary.RIL_TEXTLINE);
          words = new ArrayList<>();
        }
        words.add(
            new OcrWord(
                text(it, TesseractLibrary.RIL_WORD),
                lib.TessResultIteratorConfidence(it, TesseractLibrary.RIL_WORD),
                wordBox));
      } while (lib.TessResultIteratorNext(it, TesseractLibrary.RIL_WORD) != 0);
      if (lineBox != null) {
        lines.add(new OcrLine(lineText, lineConfidence, lineBox, words));
      }
      return lines;
    } finally {
      lib.TessResultIteratorDelete(it);
    }
  }

  private String text(ResultIterator it, int level) {
    return taken(lib.TessResultIteratorGetUTF8Text(it, level));
  }

  private Box box(PageIterator page, int level) {
    IntByReference left = new IntByReference();
    IntByReference top = new IntByReference();
    IntByReference right = new IntByReference();
    IntByReference bottom = new IntByReference();
    if (lib.TessPageIteratorBoundingBox(page, level, left, top, right, bottom) == 0) {
      return null;
    }
    return new Box(
        left.getValue(),
        top.getValue(),
        right.getValue() - left.getValue(),
        bottom.getValue() - top.getValue());
  }

  private static String stripLineBreak(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(0, end);
  }

  private void setVariable(Handle handle, String name, String value) throws OcrFailedException {
    if (lib.TessBaseAPISetVariable(handle, name, value) == 0) {
      throw new OcrFailedException("Tesseract does not accept variable " + name + "=" + value);
    }
  }

  private static int credibleDpi(Integer dpi) {
    return dpi != null && dpi >= MIN_CREDIBLE_DPI && dpi <= MAX_CREDIBLE_DPI
        ? dpi
        : OcrRequest.DEFAULT_DPI;
  }

  private static BufferedImage checkedGrey(BufferedImage image) throws OcrFailedException {
    Objects.requireNonNull(image, "image");
    if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
      throw new OcrFailedException(
          "Image of "
              + image.getWidth()
              + " x "
              + image.getHeight()
              + " pixels is too large for Tesseract (at most "
              + MAX_SIDE
              + " per side)");
    }
    return Greyscale.toGrey(image);
  }

  /** The grey pixels in native memory, one byte per pixel, rows without padding. */
  private static Memory pixels(BufferedImage grey) {
    int width = grey.getWidth();
    int height = grey.getHeight();
    Memory memory = new Memory((long) width * height);
    Raster raster = grey.getRaster();
    byte[] row = new byte[width];
    for (int y = 0; y < height; y++) {
      raster.getDataElements(0, y, width, 1, row);
      memory.write((long) y * width, row, 0, width);
    }
    return memory;
  }

  /** Idle handles for one language; new ones are created while fewer than the maximum exist. */
  private final class HandlePool {
    private final String language;
    private final int maxHandles;
    private final BlockingQueue<Handle> idle = new LinkedBlockingQueue<>();
    private final AtomicInteger created = new AtomicInteger();
    private boolean closed; // guarded by this

    HandlePool(String language, int maxHandles) {
      this.language = language;
      this.maxHandles = maxHandles;
    }

    Handle borrow() throws OcrFailedException {
      while (true) {
        synchronized (this) {
          if (closed) {
            throw new IllegalStateException("TesseractEngine is closed");
          }
        }
        Handle handle = idle.poll();
        if (handle != null) {
          return handle;
        }
        int count = created.get();
        if (count < maxHandles) {
          if (created.compareAndSet(count, count + 1)) {
            try {
              return create();
            } catch (OcrFailedException | RuntimeException e) {
              created.decrementAndGet();
              throw e;
            }
          }
          continue;
        }
        try {
          // a bounded wait, so a waiter notices close() and slots freed by failed creations
          handle = idle.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new OcrFailedException("Interrupted while waiting for a free Tesseract handle", e);
        }
        if (handle != null) {
          return handle;
        }
      }
    }

    synchronized void release(Handle handle) {
      if (closed) {
        end(handle);
      } else {
        idle.add(handle);
      }
    }

    synchronized void close() {
      closed = true;
      for (Handle handle = idle.poll(); handle != null; handle = idle.poll()) {
        end(handle);
      }
    }

    private Handle create() throws OcrFailedException {
      Handle handle = lib.TessBaseAPICreate();
      if (handle == null) {
        throw new OcrFailedException("Tesseract could not create a handle");
      }
      if (lib.TessBaseAPIInit3(handle, datapath, language) != 0) {
        lib.TessBaseAPIDelete(handle);
        throw new OcrFailedException(
            "Tesseract could not load language '" + language + "' from " + datapath);
      }
      return handle;
    }

    private void end(Handle handle) {
      lib.TessBaseAPIEnd(handle);
      lib.TessBaseAPIDelete(handle);
      created.decrementAndGet();
    }
  }
}
