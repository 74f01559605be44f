package newssearch.engine;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * The Russian Hunspell dictionary (Lebedev's {@code ru_RU}, BSD licence) that the mapping's
 * {@code hunspell} filter lemmatises with, where a node finds it: {@code config/hunspell/ru_RU/}.
 * Debian's {@code hunspell-ru} package is used when installed; otherwise the same two files come
 * from npm's {@code dictionary-ru} package, downloaded once into the cache and checked against the
 * digest npm publishes for that version.
 */
public final class RussianDictionary {

  /** The Elasticsearch locale the mapping names, and the folder name under {@code config/hunspell}. */
  public static final String LOCALE = "ru_RU";
  private static final Path SYSTEM = Path.of("/usr/share/hunspell");
  private static final String PACKAGE = "dictionary-ru-3.0.0.tgz";
  private static final String URL = "https://registry.npmjs.org/dictionary-ru/-/" + PACKAGE;
  /** npm's {@code dist.integrity} for that version (base64 SHA-512). */
  private static final String INTEGRITY =
      "tigem0CDnNpxEciW6ktwVH3wWB4FYpuvpwA6IR6UlF7bVu2kez6vOejVNyZgBX1TJIjuYTCTuLxzg/YOls2mRQ==";
  private static final int TAR_BLOCK = 512;

  private final Path cacheDir;

  public RussianDictionary(Path cacheDir) {
    this.cacheDir = cacheDir;
  }

  /** A folder holding {@code ru_RU.aff} and {@code ru_RU.dic}. */
  public Path folder() throws IOException {
    if (Files.isRegularFile(SYSTEM.resolve(LOCALE + ".aff")) && Files.isRegularFile(SYSTEM.resolve(LOCALE + ".dic"))) {
      return SYSTEM;
    }
    Path unpacked = cacheDir.resolve("hunspell-" + LOCALE);
    if (Files.isRegularFile(unpacked.resolve(LOCALE + ".dic"))) {
      return unpacked;
    }
    String sha512 = HexFormat.of().formatHex(Base64.getDecoder().decode(INTEGRITY));
    Path tarball = VerifiedDownload.fetch(URL, cacheDir.resolve(PACKAGE), "SHA-512", sha512);
    Path staging = Files.createTempDirectory(cacheDir, "hunspell-");
    untar(tarball, staging);
    FilePermissions.openForReading(staging);
    try {
      Files.move(staging, unpacked, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException raced) {
      // Another command unpacked the same files first.
      FilePermissions.deleteTree(staging);
      if (!Files.isRegularFile(unpacked.resolve(LOCALE + ".dic"))) {
        throw raced;
      }
    }
    return unpacked;
  }

  /** Copies the dictionary where a node whose configuration folder is {@code config} looks for it. */
  public void installInto(Path config) throws IOException {
    Path source = folder();
    Path target = Files.createDirectories(config.resolve("hunspell").resolve(LOCALE));
    for (String extension : new String[] {".aff", ".dic"}) {
      Path to = target.resolve(LOCALE + extension);
      if (!Files.exists(to)) {
        Files.copy(source.resolve(LOCALE + extension), to);
      }
    }
  }

  /** Takes {@code package/index.aff} and {@code package/index.dic} out of npm's tarball, as {@code ru_RU.*}. */
  static void untar(Path tarball, Path into) throws IOException {
    try (InputStream gz = new GZIPInputStream(Files.newInputStream(tarball));
         DataInputStream tar = new DataInputStream(gz)) {
      byte[] header = new byte[TAR_BLOCK];
      int found = 0;
      while (true) {
        try {
          tar.readFully(header);
        } catch (EOFException end) {
          break;
        }
        String name = field(header, 0, 100);
        if (name.isEmpty()) {
          break;
        }
        long size = Long.parseLong(field(header, 124, 12).strip(), 8);
        byte[] content = tar.readNBytes((int) size);
        tar.skipNBytes((TAR_BLOCK - size % TAR_BLOCK) % TAR_BLOCK);
        if (name.equals("package/index.aff") || name.equals("package/index.dic")) {
          Files.write(into.resolve(LOCALE + name.substring(name.lastIndexOf('.'))), content);
          found++;
        }
      }
      if (found != 2) {
        throw new IOException(tarball + " does not hold index.aff and index.dic");
      }
    }
  }

  private static String field(byte[] header, int offset, int length) {
    int end = offset;
    while (end < offset + length && header[end] != 0) {
      end++;
    }
    return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
  }
}
