package org.quizmarker.quizzes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal PDF writer: one A4 page per JPEG image, the image fitted to the page and centred
 * (embedded as is, {@code DCTDecode}), written straight to a stream. Enough to print a quiz's
 * marked sheets; no PDF library needed.
 */
public final class ImagePdf implements AutoCloseable {
  static final double A4_WIDTH = 595.28;
  static final double A4_HEIGHT = 841.89;
  private static final int CATALOG = 1;
  private static final int PAGES = 2;

  private final OutputStream out;
  private final List<Long> offsets = new ArrayList<>(); // offsets.get(n - 1) is object n's
  private final List<Integer> pages = new ArrayList<>();
  private long written;
  private boolean finished;

  public ImagePdf(OutputStream out) throws IOException {
    this.out = out;
    offsets.add(0L); // the catalog, written at the end like the page tree
    offsets.add(0L);
    write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
  }

  /**
   * Adds a page showing {@code jpeg}.
   *
   * @param grey whether the JPEG has one (grey) component, else three (RGB)
   */
  public void addJpegPage(byte[] jpeg, int width, int height, boolean grey) throws IOException {
    int image = begin();
    write(
        "<< /Type /XObject /Subtype /Image /Width "
            + width
            + " /Height "
            + height
            + " /ColorSpace "
            + (grey ? "/DeviceGray" : "/DeviceRGB")
            + " /BitsPerComponent 8 /Filter /DCTDecode /Length "
            + jpeg.length
            + " >>\nstream\n");
    out.write(jpeg);
    written += jpeg.length;
    write("\nendstream\nendobj\n");

    double scale = Math.min(A4_WIDTH / width, A4_HEIGHT / height);
    double w = width * scale;
    double h = height * scale;
    String draw =
        String.format(
            Locale.ROOT,
            "q %.2f 0 0 %.2f %.2f %.2f cm /Im0 Do Q\n",
            w,
            h,
            (A4_WIDTH - w) / 2,
            (A4_HEIGHT - h) / 2);
    int content = begin();
    write("<< /Length " + draw.length() + " >>\nstream\n" + draw + "endstream\nendobj\n");

    int page = begin();
    write(
        String.format(
            Locale.ROOT,
            "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject <<"
                + " /Im0 %d 0 R >> >> /Contents %d 0 R >>\nendobj\n",
            PAGES,
            A4_WIDTH,
            A4_HEIGHT,
            image,
            content));
    pages.add(page);
  }

  public int pageCount() {
    return pages.size();
  }

  /** Writes the page tree, the catalog, the cross-reference table and the trailer. */
  @Override
  public void close() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    offsets.set(PAGES - 1, written);
    StringBuilder kids = new StringBuilder();
    for (int p : pages) {
      kids.append(p).append(" 0 R ");
    }
    write(
        PAGES
            + " 0 obj\n<< /Type /Pages /Kids [ "
            + kids
            + "] /Count "
            + pages.size()
            + " >>\nendobj\n");
    offsets.set(CATALOG - 1, written);
    write(CATALOG + " 0 obj\n<< /Type /Catalog /Pages " + PAGES + " 0 R >>\nendobj\n");
    long xref = written;
    StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n");
    table.append("0000000000 65535 f \n");
    for (long offset : offsets) {
      table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
    }
    table
        .append("trailer\n<< /Size ")
        .append(offsets.size() + 1)
        .append(" /Root ")
        .append(CATALOG)
        .append(" 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    write(table.toString());
    out.flush();
  }

  private int begin() throws IOException {
    offsets.add(written);
    int number = offsets.size();
    write(number + " 0 obj\n");
    return number;
  }

  private void write(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
    out.write(bytes);
    written += bytes.length;
  }
}
