package newssearch.index.reindex;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which process runs a job, and whether that process is gone. A job's lock names its owner as
 * {@code host/pid/instance}: on the same machine a dead pid frees the lock at once (a rerun after
 * {@code kill -9} needs no waiting); within this process, a job no thread is running is over;
 * from another machine only a heartbeat older than the limit tells.
 */
final class JobOwner {

  private static final String INSTANCE = UUID.randomUUID().toString().substring(0, 8);
  private static final String HOST = hostName();
  private static final Set<String> runningHere = ConcurrentHashMap.newKeySet();

  private JobOwner() {}

  static String self() {
    return HOST + "/" + ProcessHandle.current().pid() + "/" + INSTANCE;
  }

  static void running(String jobId) {
    runningHere.add(jobId);
  }

  static void stopped(String jobId) {
    runningHere.remove(jobId);
  }

  static boolean isGone(JobStore.Lock lock, Duration staleAfter, Instant now) {
    String[] parts = lock.owner().split("/");
    if (parts.length == 3 && parts[0].equals(HOST)) {
      if (parts[2].equals(INSTANCE)) {
        return !runningHere.contains(lock.jobId());
      }
      if (ProcessHandle.of(Long.parseLong(parts[1])).isEmpty()) {
        return true;
      }
    }
    return lock.heartbeatAt().plus(staleAfter).isBefore(now);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
