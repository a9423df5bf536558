package org.quizmarker.reading;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.ocr.DecodedImage;
import org.quizmarker.ocr.ImageDecoder;
import org.quizmarker.ocr.OcrFailedException;
import org.quizmarker.ocr.OcrTimeoutException;
import org.quizmarker.ocr.TesseractEngine;
import org.quizmarker.ocr.UnreadableImageException;
import org.quizmarker.ocr.ppocr.PpOcrEngine;
import org.quizmarker.ocr.ppocr.PpOcrModels;

/**
 * The application's {@link SheetReader}: Java decodes the image (never the native decoders, the
 * file is untrusted) and {@link SheetPipeline} reads it with the committee of Tesseract and PP-OCR.
 * One Tesseract handle per worker and one ONNX session per PP-OCR model are kept for the
 * application's lifetime, shared by the workers.
 */
@ApplicationScoped
public class CommitteeSheetReader implements SheetReader {

  @Inject ReadingSettings settings;

  private TesseractEngine tesseract;
  private PpOcrModels models;
  private final ImageDecoder decoder = new ImageDecoder();
  private SheetPipeline pipeline;

  @PostConstruct
  void start() {
    tesseract = new TesseractEngine(settings.tessdata(), settings.workers());
    models = new PpOcrModels();
    pipeline = new SheetPipeline(tesseract, new PpOcrEngine(models), SheetPipeline.Options.DEFAULT);
  }

  @PreDestroy
  void stop() {
    tesseract.close();
    models.close();
  }

  @Override
  public SheetReading read(byte[] bytes, Duration timeout, AnswerKey key)
      throws SheetUnreadableException {
    if (bytes == null) {
      throw new SheetUnreadableException("The image's data is missing");
    }
    try {
      DecodedImage image = decoder.decode(bytes, settings.maxPixels());
      SheetPipeline.Result result = pipeline.read(image, timeout, key);
      ParsedSheet sheet = result.sheet();
      return new SheetReading(
          result.page().text(),
          result.page().meanConfidence(),
          sheet,
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
