package org.quizmarker.reading;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.jobs.UploadLimits;
import org.quizmarker.jobs.WorkerSettings;
import org.quizmarker.ocr.DecodedImage;
import org.quizmarker.ocr.ImageDecoder;
import org.quizmarker.ocr.OcrFailedException;
import org.quizmarker.ocr.OcrTimeoutException;
import org.quizmarker.ocr.TesseractEngine;
import org.quizmarker.ocr.UnreadableImageException;

/**
 * The application's {@link SheetReader}: Java decodes the image (never the native decoders, the
 * file is untrusted) and {@link SheetPipeline} preprocesses it where needed, reads it with
 * Tesseract, parses header fields and numbered answers and re-reads answers by question type. One
 * Tesseract handle per worker is kept for the application's lifetime.
 */
@ApplicationScoped
public class TesseractSheetReader implements SheetReader {

  @Inject WorkerSettings settings;
  @Inject UploadLimits limits;

  private TesseractEngine engine;
  private final ImageDecoder decoder = new ImageDecoder();
  private SheetPipeline pipeline;

  @PostConstruct
  void start() {
    engine = new TesseractEngine(settings.tessdata(), settings.count());
    pipeline = new SheetPipeline(engine);
  }

  @PreDestroy
  void stop() {
    engine.close();
  }

  @Override
  public SheetReading read(byte[] bytes, Duration timeout, AnswerKey key)
      throws SheetUnreadableException {
    if (bytes == null) {
      throw new SheetUnreadableException("The image's data is missing");
    }
    try {
      DecodedImage image = decoder.decode(bytes, limits.maxPixels());
      SheetPipeline.Result result = pipeline.read(image, timeout, key);
      ParsedSheet sheet = result.sheet();
      return new SheetReading(
          result.page().text(),
          result.page().meanConfidence(),
          sheet.questionCount(),
          SheetReadingJson.write(sheet),
          result.millis());
    } catch (UnreadableImageException e) {
      throw new SheetUnreadableException("Image cannot be decoded: " + e.getMessage());
    } catch (OcrTimeoutException e) {
      throw new SheetUnreadableException(e.getMessage());
    } catch (OcrFailedException e) {
      throw new SheetUnreadableException("OCR failed: " + e.getMessage());
    }
  }
}
