package newssearch.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * File modes and owners for a node that may run as another user.
 *
 * <p>Elasticsearch refuses to run as root, so a root service runs it as {@code nobody}: the install
 * must be readable by everyone, the node's own folders owned by that user, and every folder above
 * them traversable.
 */
final class FilePermissions {

  private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> EXECUTABLE = DIRECTORY;
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

  private FilePermissions() {}

  /** Folders 755, files 644, scripts in any {@code bin} folder 755 (zip entries carry no modes). */
  static void openForReading(Path tree) throws IOException {
    Files.walkFileTree(tree, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.setPosixFilePermissions(dir, DIRECTORY);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        boolean script = file.getParent().getFileName().toString().equals("bin");
        Files.setPosixFilePermissions(file, script ? EXECUTABLE : FILE);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Gives a whole tree to {@code user}, as {@code chown -R} would. */
  static void giveTo(Path tree, String user) throws IOException {
    UserPrincipalLookupService users = tree.getFileSystem().getUserPrincipalLookupService();
    var owner = users.lookupPrincipalByName(user);
    try (Stream<Path> paths = Files.walk(tree)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Files.setOwner(p, owner);
      }
    }
  }

  /** Fails with a clear message when a user other than the owner cannot reach {@code path}. */
  static void requireTraversableByOthers(Path path) {
    for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
      try {
        if (Files.isDirectory(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
          throw new EngineException("The embedded engine runs as 'nobody' when started by root, and 'nobody' cannot enter "
              + p + ". Choose a data folder outside it (--data-dir, e.g. /var/lib/news-search) or run chmod o+x " + p);
        }
      } catch (IOException e) {
        throw new EngineException("Cannot read the permissions of " + p + ": " + e.getMessage(), e);
      }
    }
  }

  static void deleteTree(Path tree) throws IOException {
    if (!Files.exists(tree)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(tree)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
