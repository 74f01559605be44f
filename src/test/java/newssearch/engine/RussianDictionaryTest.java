package newssearch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RussianDictionaryTest {

  @TempDir
  Path dir;

  @Test
  void takesTheAffixAndWordFilesOutOfNpmsPackage() throws IOException {
    Path tarball = tarball(Map.of("package/package.json", "{}", "package/index.aff", "SET UTF-8\n",
        "package/index.dic", "1\nзнать\n"));

    RussianDictionary.untar(tarball, dir);

    assertThat(dir.resolve("ru_RU.aff")).hasContent("SET UTF-8");
    assertThat(dir.resolve("ru_RU.dic")).hasContent("1\nзнать");
    assertThat(dir.resolve("package.json")).doesNotExist();
  }

  @Test
  void refusesAPackageWithoutBothFiles() throws IOException {
    Path tarball = tarball(Map.of("package/index.aff", "SET UTF-8\n"));

    assertThatThrownBy(() -> RussianDictionary.untar(tarball, dir)).hasMessageContaining("index.dic");
  }

  @Test
  void installsTheDictionaryWhereANodeLooksForIt() throws IOException {
    Path config = Files.createDirectories(dir.resolve("config"));

    new RussianDictionary(dir.resolve("cache")).installInto(config);

    assertThat(config.resolve("hunspell/ru_RU/ru_RU.aff")).isNotEmptyFile();
    assertThat(config.resolve("hunspell/ru_RU/ru_RU.dic")).isNotEmptyFile();
  }

  /** A gzipped ustar archive of these files, as npm packs them. */
  private Path tarball(Map<String, String> files) throws IOException {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    for (Map.Entry<String, String> file : files.entrySet()) {
      byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
      byte[] header = new byte[512];
      put(header, 0, file.getKey());
      put(header, 100, "0000644");
      put(header, 124, String.format("%011o", content.length));
      put(header, 257, "ustar");
      header[156] = '0';
      tar.write(header);
      tar.write(content);
      tar.write(new byte[(512 - content.length % 512) % 512]);
    }
    tar.write(new byte[1024]);
    Path tarball = dir.resolve("package.tgz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tarball))) {
      out.write(tar.toByteArray());
    }
    return tarball;
  }

  private static void put(byte[] header, int offset, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(bytes, 0, header, offset, bytes.length);
  }
}
