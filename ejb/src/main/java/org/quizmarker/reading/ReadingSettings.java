package org.quizmarker.reading;

/**
 * What reading sheets needs from the configuration, handed in by the job side (which owns the
 * settings) so that this package depends on nothing of it.
 *
 * @param tessdata Tesseract's data folder
 * @param workers how many sheets are read at once (Tesseract handles kept)
 * @param maxPixels the most pixels an image may have to be decoded
 */
public record ReadingSettings(String tessdata, int workers, long maxPixels) {}
