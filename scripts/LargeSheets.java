import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Sample sheets made as large as an upload allows, for scripts/server-memory.sh --largest: each
 * sheet is scaled up (the same page at a higher resolution, so it still reads) and written as an
 * uncompressed RGB PNG of just under the given size.
 *
 * <p>Usage: {@code java scripts/LargeSheets.java <sheet folder> <out folder> <count> <bytes each>}
 */
public class LargeSheets {
  public static void main(String[] args) throws Exception {
    File[] sheets = new File(args[0]).listFiles((d, n) -> n.matches("sheet_.*\\.(png|jpg)"));
    Arrays.sort(sheets);
    File out = new File(args[1]);
    int count = Integer.parseInt(args[2]);
    long bytes = Long.parseLong(args[3]);
    // Uncompressed RGB: 3 bytes a pixel, one filter byte a row, ~1 % for chunk and block headers.
    double pixels = (bytes * 0.98) / 3.0;
    for (int i = 0; i < count; i++) {
      BufferedImage source = ImageIO.read(sheets[i % sheets.length]);
      double scale = Math.sqrt(pixels / ((double) source.getWidth() * source.getHeight()));
      // A repeated sheet is one pixel narrower per round, so no two files are the same.
      int w = (int) (source.getWidth() * scale) - i / sheets.length;
      int h = (int) (source.getHeight() * scale);
      BufferedImage large = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
      var g = large.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(source, 0, 0, w, h, null);
      g.dispose();
      ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(1.0f); // deflate level 0: the file is as large as the pixels
      File file = new File(out, String.format("large_%03d.png", i + 1));
      file.delete(); // ImageIO keeps the tail of a longer file it writes over
      try (ImageOutputStream ios = ImageIO.createImageOutputStream(file)) {
        writer.setOutput(ios);
        writer.write(null, new IIOImage(large, null, null), param);
      }
      writer.dispose();
    }
  }
}
