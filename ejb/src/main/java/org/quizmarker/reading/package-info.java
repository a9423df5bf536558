/**
 * From an uploaded image to a sheet reading: decode (in Java), OCR (Tesseract), split into header
 * fields and numbered answers, and grade when a quiz is named. The plain pipeline behind the
 * workers; it knows nothing of jobs, messages or transactions.
 */
package org.quizmarker.reading;
