package newssearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What the enrichment of an index was made with: SHA-256 over the enrichment data files (the
 * gazetteer), in order, and the cleaning rules' version. Stored in every index's
 * {@code _meta} beside the mapping hash, so a changed gazetteer says "reindex needed" like a
 * changed analyser does. The cleaning code has no data file, so its rules carry a version number
 * that is raised with them.
 */
final class EnrichmentVersion {

  private EnrichmentVersion() {}

  static String of(List<String> dataFiles, String cleaningRules) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String file : dataFiles) {
        digest.update(IndexDefinition.read(file));
        digest.update((byte) 0);
      }
      digest.update(("cleaning-rules:" + cleaningRules).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read enrichment data: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
