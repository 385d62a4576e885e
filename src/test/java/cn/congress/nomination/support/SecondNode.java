package cn.congress.nomination.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second application instance in a JVM of its own (the test's classpath, so no packaging needed), sharing the
 * database of the test's own instance: the cluster of docker/compose.yaml, inside a test. Its job executor runs, as on
 * a real node. Stop it with {@link #close()}; its log is kept under target/ for a failed run.
 */
public final class SecondNode implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private SecondNode(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a node on the given database properties (spring.datasource.*) and waits until its API answers. */
  public static SecondNode start(Map<String, String> database, String adminPassword, Duration timeout)
      throws IOException, InterruptedException {
    int port = freePort();
    Path log = Files.createTempFile(Path.of("target").toAbsolutePath(), "second-node-", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
        "-cp", classPath(),
        "cn.congress.nomination.NominationEngineApplication",
        "--server.port=" + port, "--spring.profiles.active=postgres",
        "--nomination.data-dir=" + Files.createTempDirectory("second-node-data").toAbsolutePath(),
        "--camunda.bpm.admin-user.password=" + adminPassword));
    database.forEach((key, value) -> command.add("--" + key + "=" + value));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    SecondNode node = new SecondNode(process, port, log);
    node.awaitUp(timeout);
    return node;
  }

  public int port() {
    return port;
  }

  public Path log() {
    return log;
  }

  private void awaitUp(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) throw new IllegalStateException("second node exited at start-up; log: " + log);
      try {
        if (Api.anonymous(port).get("/api/organizations").status() == 401) return;
      } catch (RuntimeException notYet) {
        // connection refused while it starts
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException("second node did not answer within " + timeout + "; log: " + log);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /**
   * The test JVM's class path without stray directory roots (under surefire it may hold the project directory, where
   * the engine's auto-deployment would find every model twice): jars and the compiled classes only.
   */
  private static String classPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> entry.endsWith(".jar") || entry.endsWith("classes") || entry.endsWith("classes/"))
        .distinct().collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

}
