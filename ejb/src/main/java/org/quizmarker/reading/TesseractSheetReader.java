package org.quizmarker.reading;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.quizmarker.grading.AnswerKey;
import org.quizmarker.grading.AnswerParser;
import org.quizmarker.grading.Box;
import org.quizmarker.grading.ParsedSheet;
import org.quizmarker.grading.TextLine;
import org.quizmarker.jobs.UploadLimits;
import org.quizmarker.jobs.WorkerSettings;
import org.quizmarker.ocr.DecodedImage;
import org.quizmarker.ocr.ImageDecoder;
import org.quizmarker.ocr.OcrFailedException;
import org.quizmarker.ocr.OcrLine;
import org.quizmarker.ocr.OcrRequest;
import org.quizmarker.ocr.OcrResult;
import org.quizmarker.ocr.OcrTimeoutException;
import org.quizmarker.ocr.TesseractEngine;
import org.quizmarker.ocr.UnreadableImageException;

/**
 * The application's {@link SheetReader}: Java decodes the image (never the native decoders, the
 * file is untrusted), Tesseract reads it, and the parser splits the text into header fields and
 * numbered answers. One Tesseract handle per worker is kept for the application's lifetime.
 */
@ApplicationScoped
public class TesseractSheetReader implements SheetReader {

  @Inject WorkerSettings settings;
  @Inject UploadLimits limits;

  private TesseractEngine engine;
  private final ImageDecoder decoder = new ImageDecoder();
  private final AnswerParser parser = new AnswerParser();

  @PostConstruct
  void start() {
    engine = new TesseractEngine(settings.tessdata(), settings.count());
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
      OcrResult ocr = engine.read(image.image(), OcrRequest.page(timeout).withDpi(image.dpi()));
      ParsedSheet sheet = parser.parse(lines(ocr));
      return new SheetReading(
          ocr.text(),
          ocr.meanConfidence(),
          sheet.questionCount(),
          SheetReadingJson.write(sheet),
          ocr.millis());
    } catch (UnreadableImageException e) {
      throw new SheetUnreadableException("Image cannot be decoded: " + e.getMessage());
    } catch (OcrTimeoutException e) {
      throw new SheetUnreadableException(e.getMessage());
    } catch (OcrFailedException e) {
      throw new SheetUnreadableException("OCR failed: " + e.getMessage());
    }
  }

  static List<TextLine> lines(OcrResult ocr) {
    return ocr.lines().stream()
        .map(
            (OcrLine l) ->
                new TextLine(
                    l.text(),
                    l.confidence(),
                    l.box() == null
                        ? null
                        : new Box(l.box().x(), l.box().y(), l.box().width(), l.box().height())))
        .toList();
  }
}
