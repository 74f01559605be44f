package newssearch.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A "cluster" that takes connections and requests and never answers: what a hung or overwhelmed
 * node looks like to a client. Keeps the first line of each request it was sent.
 */
public final class SilentServer implements AutoCloseable {

  private final ServerSocket server;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final List<String> requestLines = new CopyOnWriteArrayList<>();

  private SilentServer(ServerSocket server) {
    this.server = server;
  }

  public static SilentServer start() {
    try {
      SilentServer silent = new SilentServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
      Thread acceptor = new Thread(silent::accept, "silent-server");
      acceptor.setDaemon(true);
      acceptor.start();
      return silent;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections.add(socket);
        Thread reader = new Thread(() -> readFirstLine(socket), "silent-server-reader");
        reader.setDaemon(true);
        reader.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void readFirstLine(Socket socket) {
    try {
      String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
          .readLine();
      if (line != null) {
        requestLines.add(line);
      }
    } catch (IOException e) {
      // The client gave up and closed: what it is expected to do.
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** {@code GET /index/_search?… HTTP/1.1}, one per request received. */
  public List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : connections) {
      socket.close();
    }
  }
}
