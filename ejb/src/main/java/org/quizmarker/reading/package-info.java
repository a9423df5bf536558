/**
 * From an uploaded image to a sheet reading: decode (in Java), measure and prepare the page, read
 * it with a committee of two OCR engines (Tesseract, PP-OCR), split it into header fields and
 * numbered answers with every reader's reading kept. The plain pipeline behind the workers; it
 * knows nothing of jobs, messages or transactions (its settings come in as {@link
 * org.quizmarker.reading.ReadingSettings}).
 */
package org.quizmarker.reading;
