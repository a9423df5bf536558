package org.quizmarker.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.PointerType;
import com.sun.jna.ptr.FloatByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The part of Tesseract's C API (capi.h, 5.x) that {@link TesseractEngine} uses.
 *
 * <p>Declared here rather than using tess4j's {@code TessAPI} because: loading {@code TessAPI} runs
 * tess4j's {@code LoadLibs}, which needs SLF4J (excluded from the build) and extracts files to a
 * temporary folder; and tess4j maps the progress monitor to an {@code ETEXT_DESC} structure that
 * lacks Tesseract 5's {@code progress_callback} field, so JNA would write its fields at the wrong
 * offsets. Here the monitor is an opaque pointer.
 */
interface TesseractLibrary extends Library {

  /** The name tess4j uses outside Windows; JNA finds libtesseract.so.5 from it. */
  String NAME = "tesseract";

  static TesseractLibrary load() {
    return Native.load(NAME, TesseractLibrary.class);
  }

  /** TessBaseAPI*. */
  final class Handle extends PointerType {}

  /** ETEXT_DESC*. */
  final class Monitor extends PointerType {}

  /** TessResultIterator*. */
  final class ResultIterator extends PointerType {}

  /** TessPageIterator* (a result iterator seen as a page iterator). */
  final class PageIterator extends PointerType {}

  // TessPageIteratorLevel
  int RIL_TEXTLINE = 2;
  int RIL_WORD = 3;

  Handle TessBaseAPICreate();

  int TessBaseAPIInit3(Handle handle, String datapath, String language);

  void TessBaseAPIEnd(Handle handle);

  void TessBaseAPIDelete(Handle handle);

  int TessBaseAPISetVariable(Handle handle, String name, String value);

  void TessBaseAPISetPageSegMode(Handle handle, int mode);

  void TessBaseAPISetImage(
      Handle handle, Pointer imagedata, int width, int height, int bytesPerPixel, int bytesPerLine);

  void TessBaseAPISetSourceResolution(Handle handle, int ppi);

  int TessBaseAPIRecognize(Handle handle, Monitor monitor);

  Pointer TessBaseAPIGetUTF8Text(Handle handle);

  int TessBaseAPIMeanTextConf(Handle handle);

  void TessBaseAPIClear(Handle handle);

  int TessBaseAPIDetectOrientationScript(
      Handle handle,
      IntByReference orientDeg,
      FloatByReference orientConf,
      PointerByReference scriptName,
      FloatByReference scriptConf);

  void TessDeleteText(Pointer text);

  Monitor TessMonitorCreate();

  void TessMonitorDelete(Monitor monitor);

  void TessMonitorSetDeadlineMSecs(Monitor monitor, int deadline);

  ResultIterator TessBaseAPIGetIterator(Handle handle);

  void TessResultIteratorDelete(ResultIterator iterator);

  PageIterator TessResultIteratorGetPageIterator(ResultIterator iterator);

  int TessResultIteratorNext(ResultIterator iterator, int level);

  Pointer TessResultIteratorGetUTF8Text(ResultIterator iterator, int level);

  float TessResultIteratorConfidence(ResultIterator iterator, int level);

  int TessPageIteratorIsAtBeginningOf(PageIterator iterator, int level);

  int TessPageIteratorBoundingBox(
      PageIterator iterator,
      int level,
      IntByReference left,
      IntByReference top,
      IntByReference right,
      IntByReference bottom);
}
