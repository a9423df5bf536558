package org.quizmarker.ocr;

/**
 * One recognised word.
 *
 * @param confidence Tesseract's confidence, 0-100
 */
public record OcrWord(String text, float confidence, Box box) {}
