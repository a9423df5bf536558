/**
 * Turning an uploaded answer-sheet image into text.
 *
 * <p>Two stages, because they run at different times:
 *
 * <ul>
 *   <li>At upload: {@link org.quizmarker.ocr.ImageInspector} checks an untrusted file by content
 *       (type, pixel count from the header only, truncation) without decoding it, and {@link
 *       org.quizmarker.ocr.FilenameSanitizer} makes the submitted name safe to store and show.
 *   <li>In the worker: {@link org.quizmarker.ocr.ImageDecoder} decodes the image in Java to 8-bit
 *       grey and {@link org.quizmarker.ocr.TesseractEngine} reads it with the native Tesseract
 *       library, with a time limit enforced inside Tesseract; {@link
 *       org.quizmarker.ocr.ppocr.PpOcrEngine} finds and reads its lines a second time with
 *       PaddleOCR's models on ONNX Runtime.
 * </ul>
 *
 * <p>Everything here is plain Java, usable without a container.
 */
package org.quizmarker.ocr;
