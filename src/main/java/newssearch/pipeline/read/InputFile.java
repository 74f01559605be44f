package newssearch.pipeline.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One input to read: a file, an entry of a zip, or a downloaded URL. {@link #name} is what reports
 * show; {@link #formatName} is the name without a {@code .gz}, which tells the format; {@link #path}
 * is the file on disk, or null for a zip entry or a URL.
 */
public record InputFile(String name, long size, Path path, Opener opener) {

  public static InputFile of(Path file) throws IOException {
    return new InputFile(file.toString(), Files.size(file), file, () -> Files.newInputStream(file));
  }

  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** The content, gunzipped if the name ends in {@code .gz}. */
  public InputStream open() throws IOException {
    return open(new LongAdder());
  }

  /** The content, with the bytes read from disk (before gunzip) added to {@code bytesRead} as they go. */
  public InputStream open(LongAdder bytesRead) throws IOException {
    InputStream counted = new FilterInputStream(opener.open()) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytesRead.increment();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          bytesRead.add(n);
        }
        return n;
      }
    };
    InputStream in = new BufferedInputStream(counted, 1 << 16);
    return compressed() ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
  }

  public String formatName() {
    String lower = name.toLowerCase(Locale.ROOT);
    return compressed() ? lower.substring(0, lower.length() - 3) : lower;
  }

  /** The file beside this one with another extension ({@code book_1.txt} → {@code book_1.spans}), if it exists. */
  public boolean hasSibling(String extension) {
    if (path == null) {
      return false;
    }
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return Files.exists(path.resolveSibling((dot < 0 ? file : file.substring(0, dot)) + "." + extension));
  }

  private boolean compressed() {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz");
  }
}
