package org.quizmarker.ocr;

/** A rectangle in image pixels: top-left corner, width and height. */
public record Box(int x, int y, int width, int height) {}
