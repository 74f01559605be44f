package newssearch.index.reindex;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newssearch.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/reindex} starts a reindex of the live index in the background and answers
 * 202 with the job; {@code GET /api/admin/jobs/{id}} follows it (also a job the command line runs).
 * Both need the admin API key (see {@code system.AdminApiKeyInterceptor}).
 */
@RestController
class ReindexController {

  private final Reindexer reindexer;
  private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "reindex-job");
    t.setDaemon(true);
    return t;
  });

  ReindexController(Reindexer reindexer) {
    this.reindexer = reindexer;
  }

  @PostMapping("/api/admin/reindex")
  ResponseEntity<ReindexJob> startReindex() throws IOException {
    Reindexer.Launch launch = reindexer.start(null, ReindexListener.NONE);
    background.submit(launch::run);
    return ResponseEntity.accepted().location(URI.create("/api/admin/jobs/" + launch.job().id())).body(launch.job());
  }

  @GetMapping("/api/admin/jobs/{id}")
  ReindexJob showJob(@PathVariable String id) throws IOException {
    return reindexer.job(id).orElseThrow(() -> new NotFoundException("No job " + id + "."));
  }
}
