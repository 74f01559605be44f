package newssearch.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the node's launcher is wrapped for the current user.
 *
 * <p>Elasticsearch refuses to run as root, so root runs it as {@code nobody}. Where util-linux is
 * there, {@code setsid} keeps a Ctrl-C in the terminal from reaching the node before the service
 * has stopped it in order, and {@code setpriv --pdeathsig} stops it if the service is killed outright.
 */
record RunAs(boolean root, boolean utilLinux) {

  private static final String USER = "nobody";

  static RunAs forCurrentUser() {
    return new RunAs(isRoot(), Files.isExecutable(Path.of("/usr/bin/setpriv")) && Files.isExecutable(Path.of("/usr/bin/setsid")));
  }

  private static boolean isRoot() {
    try {
      return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  List<String> command(String launcher) {
    if (root && !utilLinux) {
      throw new EngineException("Running as root needs setpriv (util-linux) to start Elasticsearch as '" + USER + "'");
    }
    List<String> command = new ArrayList<>();
    if (utilLinux) {
      command.addAll(List.of("/usr/bin/setsid", "/usr/bin/setpriv", "--pdeathsig", "TERM"));
      if (root) {
        command.addAll(List.of("--reuid=" + USER, "--regid=" + group(), "--clear-groups"));
      }
    }
    command.add(launcher);
    return command;
  }

  /** As root: the node's folders go to {@code nobody}, and every folder above them must let it pass. */
  void prepare(Path home, Path dataDir, Path nodeRoot) throws IOException {
    if (!root) {
      return;
    }
    FilePermissions.requireTraversableByOthers(home);
    FilePermissions.requireTraversableByOthers(dataDir);
    FilePermissions.giveTo(nodeRoot, USER);
  }

  private static String group() {
    try {
      Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName("nogroup");
      return "nogroup";
    } catch (IOException e) {
      return USER;
    }
  }
}
