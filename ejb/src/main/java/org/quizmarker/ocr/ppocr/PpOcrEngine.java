package org.quizmarker.ocr.ppocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quizmarker.ocr.Box;
import org.quizmarker.ocr.Greyscale;
import org.quizmarker.ocr.OcrEngine;
import org.quizmarker.ocr.OcrFailedException;
import org.quizmarker.ocr.OcrLine;
import org.quizmarker.ocr.OcrRequest;
import org.quizmarker.ocr.OcrResult;
import org.quizmarker.ocr.OcrTimeoutException;
import org.quizmarker.ocr.ppocr.PpOcrModels.Model;
import org.quizmarker.ocr.preprocess.GreyPixels;

/**
 * PP-OCR as an {@link OcrEngine}: text lines found by the DB detector on the page scaled down to
 * {@link Settings#detectionSide()} on its long side, each line cropped from the full-resolution
 * image and read by a recognition model. Thread-safe; the models are shared.
 */
public final class PpOcrEngine implements OcrEngine {

  /** Input height of the recognition models. */
  public static final int RECOGNITION_HEIGHT = 48;

  private static final int MAX_RECOGNITION_WIDTH = 2400;
  private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
  private static final float[] STD = {0.229f, 0.224f, 0.225f};

  /**
   * Tuning of the engine.
   *
   * @param detectionSide the long side of the page the detector sees (PaddleOCR: 960; 736 halves
   *     the detector's cost but, together with the narrower width below, decided 1.8 points fewer
   *     dev answers)
   * @param post the detector's post-processing
   * @param minRecognitionWidth the narrowest recognition input; shorter lines are padded to it
   *     (PaddleOCR: 320; 160 read the dev answers as well, and most answers are short, so it halves
   *     the recognition cost)
   * @param linePad how far each detected line is widened on the left and right, in line heights:
   *     the detector's box sometimes stops short of a faint last character
   * @param textRegionOnly whether the detector sees only the part of the page that holds writing
   *     ({@link TextRegion}) instead of the whole page: it finds the same lines at about 40 % of
   *     the cost, but its boxes differ by a pixel or two (the detector's squeeze-and-excitation
   *     blocks average over the whole input, so the paper left out changes every output), and on
   *     the dev sheets that decided 2 points fewer answers (README, *Cost*); off by default
   */
  public record Settings(
      int detectionSide,
      DbPostProcess post,
      int minRecognitionWidth,
      double linePad,
      boolean textRegionOnly) {
    public static final Settings DEFAULT =
        new Settings(960, DbPostProcess.PADDLE, 160, 0.25, false);

    public Settings withTextRegionOnly(boolean only) {
      return new Settings(detectionSide, post, minRecognitionWidth, linePad, only);
    }
  }

  private final PpOcrModels models;
  private final Settings settings;

  public PpOcrEngine(PpOcrModels models) {
    this(models, Settings.DEFAULT);
  }

  public PpOcrEngine(PpOcrModels models, Settings settings) {
    this.models = Objects.requireNonNull(models, "models");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * A line read by one recognition model; {@code confidence} is 0 to 100; {@code decoded} is the
   * model's pruned output (null when not kept).
   */
  public record LineText(String text, double confidence, CtcDecoder.Decoded decoded) {

    public LineText(String text, double confidence) {
      this(text, confidence, null);
    }
  }

  /**
   * Detects the text lines of a page.
   *
   * @return line boxes on {@code page}, top to bottom, one per text row
   */
  public List<Box> detectLines(GreyPixels page) throws OcrFailedException {
    double scale =
        Math.min(1.0, (double) settings.detectionSide() / Math.max(page.width(), page.height()));
    int w = Math.max(32, (int) Math.round(page.width() * scale / 32) * 32);
    int h = Math.max(32, (int) Math.round(page.height() * scale / 32) * 32);
    GreyPixels small = resize(page, w, h);
    Box region = settings.textRegionOnly() ? TextRegion.of(small) : new Box(0, 0, w, h);
    if (region.width() != w || region.height() != h) {
      small = small.crop(region.x(), region.y(), region.width(), region.height());
    }
    int rw = region.width();
    int rh = region.height();
    float[] input = new float[3 * rw * rh];
    byte[] px = small.data();
    for (int c = 0; c < 3; c++) {
      int base = c * rw * rh;
      for (int i = 0; i < rw * rh; i++) {
        input[base + i] = ((px[i] & 0xFF) / 255f - MEAN[c]) / STD[c];
      }
    }
    float[] map;
    try {
      models.detectionGate().acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrFailedException("Interrupted while waiting to detect lines", e);
    }
    try {
      map = run(Model.DETECTION, input, new long[] {1, 3, rh, rw});
    } finally {
      models.detectionGate().release();
    }
    double sx = (double) page.width() / w;
    double sy = (double) page.height() / h;
    List<Box> lines = new ArrayList<>();
    for (Box r : DbPostProcess.mergeRows(settings.post().boxes(map, rw, rh))) {
      Box b = new Box(r.x() + region.x(), r.y() + region.y(), r.width(), r.height());
      double pad = settings.linePad() * b.height();
      int x0 = (int) Math.max(0, Math.floor((b.x() - pad) * sx));
      int y0 = (int) Math.floor(b.y() * sy);
      int x1 = Math.min(page.width(), (int) Math.ceil((b.x() + b.width() + pad) * sx));
      int y1 = Math.min(page.height(), (int) Math.ceil((b.y() + b.height()) * sy));
      lines.add(new Box(x0, y0, x1 - x0, y1 - y0));
    }
    return lines;
  }

  /** Reads the line at {@code box} of {@code page} with {@code model}. */
  public LineText readLine(GreyPixels page, Box box, Model model) throws OcrFailedException {
    if (model == Model.DETECTION) {
      throw new IllegalArgumentException("not a recognition model: " + model);
    }
    GreyPixels crop = page.crop(box.x(), box.y(), box.width(), box.height());
    int height = RECOGNITION_HEIGHT;
    int resized =
        Math.min(
            MAX_RECOGNITION_WIDTH,
            Math.max(1, (int) Math.ceil(height * (double) crop.width() / crop.height())));
    int width = Math.max(settings.minRecognitionWidth(), resized);
    GreyPixels line = resize(crop, resized, height);
    float[] input = new float[3 * width * height]; // right padding stays 0, as PaddleOCR's
    byte[] px = line.data();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < resized; x++) {
        float v = ((px[y * resized + x] & 0xFF) / 255f - 0.5f) / 0.5f;
        for (int c = 0; c < 3; c++) {
          input[c * width * height + y * width + x] = v;
        }
      }
    }
    CtcDecoder decoder = models.decoder();
    float[] out = run(model, input, new long[] {1, 3, height, width});
    int classes = decoder.classCount();
    int steps = out.length / classes;
    float[][] probabilities = new float[steps][];
    for (int t = 0; t < steps; t++) {
      probabilities[t] = new float[classes];
      System.arraycopy(out, t * classes, probabilities[t], 0, classes);
    }
    CtcDecoder.Decoded decoded = decoder.decode(probabilities);
    return new LineText(decoded.text(), decoded.probability() * 100, decoded);
  }

  /**
   * Detects and reads a whole page with the v4 recognition model. The request's page segmentation
   * mode and character list do not apply; its time limit is checked between lines.
   */
  @Override
  public OcrResult read(BufferedImage image, OcrRequest request)
      throws OcrTimeoutException, OcrFailedException {
    long start = System.nanoTime();
    long deadline = start + request.timeout().toNanos();
    GreyPixels page = GreyPixels.of(Greyscale.toGrey(image));
    List<OcrLine> lines = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    double sum = 0;
    for (Box box : detectLines(page)) {
      if (System.nanoTime() > deadline) {
        throw new OcrTimeoutException(request.timeout());
      }
      LineText line = readLine(page, box, Model.RECOGNITION_V4);
      if (line.text().isEmpty()) {
        continue;
      }
      lines.add(new OcrLine(line.text(), (float) line.confidence(), box, List.of()));
      text.append(line.text()).append('\n');
      sum += line.confidence();
    }
    return new OcrResult(
        text.toString(),
        lines.isEmpty() ? 0 : sum / lines.size(),
        lines,
        (System.nanoTime() - start) / 1_000_000);
  }

  private float[] run(Model model, float[] input, long[] shape) throws OcrFailedException {
    try {
      OrtSession session = models.session(model);
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), shape);
          OrtSession.Result result =
              session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
        OnnxTensor output = (OnnxTensor) result.get(0);
        FloatBuffer buffer = output.getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return values;
      }
    } catch (OrtException e) {
      throw new OcrFailedException("PP-OCR could not run " + model + ": " + e.getMessage(), e);
    }
  }

  /** Bilinear resize to exactly {@code w × h}. */
  static GreyPixels resize(GreyPixels src, int w, int h) {
    if (src.width() == w && src.height() == h) {
      return src;
    }
    byte[] out = new byte[w * h];
    byte[] in = src.data();
    double fx = (double) src.width() / w;
    double fy = (double) src.height() / h;
    boolean shrink = fx > 1.5 || fy > 1.5;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v;
        if (shrink) {
          // area average: bilinear sampling would alias thin strokes away
          int x0 = (int) (x * fx), x1 = Math.max(x0 + 1, (int) ((x + 1) * fx));
          int y0 = (int) (y * fy), y1 = Math.max(y0 + 1, (int) ((y + 1) * fy));
          x1 = Math.min(x1, src.width());
          y1 = Math.min(y1, src.height());
          long sum = 0;
          for (int yy = y0; yy < y1; yy++) {
            for (int xx = x0; xx < x1; xx++) {
              sum += in[yy * src.width() + xx] & 0xFF;
            }
          }
          v = (int) (sum / Math.max(1, (long) (x1 - x0) * (y1 - y0)));
        } else {
          double sx = Math.max(0, (x + 0.5) * fx - 0.5);
          double sy = Math.max(0, (y + 0.5) * fy - 0.5);
          int ix = Math.min((int) sx, src.width() - 1);
          int iy = Math.min((int) sy, src.height() - 1);
          int jx = Math.min(ix + 1, src.width() - 1);
          int jy = Math.min(iy + 1, src.height() - 1);
          double ax = sx - ix, ay = sy - iy;
          double top =
              (in[iy * src.width() + ix] & 0xFF) * (1 - ax)
                  + (in[iy * src.width() + jx] & 0xFF) * ax;
          double bottom =
              (in[jy * src.width() + ix] & 0xFF) * (1 - ax)
                  + (in[jy * src.width() + jx] & 0xFF) * ax;
          v = (int) Math.round(top * (1 - ay) + bottom * ay);
        }
        out[y * w + x] = (byte) v;
      }
    }
    return new GreyPixels(w, h, out);
  }
}
