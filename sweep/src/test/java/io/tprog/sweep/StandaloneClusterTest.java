package io.tprog.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone Spark cluster on loopback: a master and a worker (their main classes in child JVMs) whose Spark
 * installation is a folder of this classpath's jars without tprog's; tprog's classes, TensorFlow (with its native jar)
 * and Jython reach the executors through {@code spark.jars}, as {@code tprog sweep --master spark://...} ships them.
 * An executor is killed with SIGKILL while both run a cell; every cell must still finish, with the test accuracy the
 * same cell reaches in local mode.
 */
@Tag("slow")
class StandaloneClusterTest {
  /** Jars the test ships with spark.jars rather than installing them with Spark. */
  private static boolean shipped(String entry) {
    return Files.isDirectory(Path.of(entry))
        || Stream.of("/org/tensorflow/", "/org/bytedeco/", "/org/python/", "/org/knowm/", "/tprog-")
            .anyMatch(entry::contains);
  }

  @Test
  // A cluster whose application never gets executors (seen at load 25) would otherwise hang the whole build.
  @Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aKilledExecutorsCellRunsAgainAndEveryCellMatchesLocalMode(@TempDir Path tmp) throws Exception {
    Path sparkHome = tmp.resolve("spark-home");
    Files.createDirectories(sparkHome.resolve("jars"));
    List<String> ship = new ArrayList<>();
    for (String entry : classPath()) {
      if (!shipped(entry)) {
        Path jar = Path.of(entry);
        Files.createSymbolicLink(sparkHome.resolve("jars").resolve(ship.size() + "-" + jar.getFileName()), jar);
      } else if (Files.isDirectory(Path.of(entry))) {
        ship.add(jarOf(Path.of(entry), tmp.resolve("shipped-" + ship.size() + ".jar")).toString());
      } else {
        ship.add(entry);
      }
    }
    int port = freePort();
    String master = "spark://127.0.0.1:" + port;
    List<Process> daemons = new ArrayList<>();
    try {
      daemons.add(daemon(sparkHome, tmp.resolve("master.log"), "org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
      Process worker =
          daemon(sparkHome, tmp.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker",
              "--host", "127.0.0.1", "--cores", "2", "--memory", "3g", "--webui-port", String.valueOf(freePort()),
              "--work-dir", tmp.resolve("work").toString(), master);
      daemons.add(worker);

      List<Cell> cells = SweepPlan.cells(List.of("hist"), "layers=1 heads=2 mlps=2 seeds=0-3", 3, false, 600);
      CountDownLatch bothRunning = new CountDownLatch(1);
      AtomicLong killed = new AtomicLong();
      Thread killer =
          new Thread(() -> {
            try {
              bothRunning.await();
              Thread.sleep(1500);
              executors(worker).stream().findFirst().ifPresent(executor -> {
                killed.set(executor.pid());
                executor.destroyForcibly();
              });
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
      killer.start();
      Path clusterOut = tmp.resolve("cluster");
      Sweep.Result onCluster =
          new Sweep(clusterOut)
              .master(master)
              .conf("spark.jars", String.join(",", ship))
              .conf("spark.executor.cores", "1")
              .conf("spark.executor.memory", "1g")
              .conf("spark.driver.host", "127.0.0.1")
              .conf("spark.driver.bindAddress", "127.0.0.1")
              .progress((done, failed, running, total) -> {
                if (running >= 2) {
                  bothRunning.countDown();
                }
              })
              .run(cells);
      killer.join(TimeUnit.SECONDS.toMillis(30));
      assertTrue(killed.get() > 0, "no executor was killed; see " + tmp.resolve("worker.log"));
      assertEquals(Map.of(), onCluster.failed());
      assertEquals(cells.size(), onCluster.ran().size());

      Path localOut = tmp.resolve("local");
      Sweep.Result local = new Sweep(localOut).master("local[2]").run(cells);
      assertEquals(cells.size(), local.ran().size());
      assertEquals(testAccuracies(localOut, cells), testAccuracies(clusterOut, cells));
      for (Cell cell : cells) {
        assertTrue(Files.isRegularFile(clusterOut.resolve(cell.id()).resolve("hist.py")), cell.id());
      }
    } finally {
      for (Process daemon : daemons) {
        daemon.descendants().forEach(ProcessHandle::destroyForcibly);
        daemon.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private static Map<String, Double> testAccuracies(Path out, List<Cell> cells) throws IOException {
    Map<String, Double> accuracies = new TreeMap<>();
    for (Cell cell : cells) {
      JsonNode metrics = SweepFolders.json().readTree(out.resolve(cell.id()).resolve("metrics.json").toFile());
      accuracies.put(cell.id(), metrics.path("accuracy").path("test").path("program_token_accuracy").asDouble());
    }
    return accuracies;
  }

  /** The executor JVMs the worker started (not the python3 a cell's check starts). */
  private static List<ProcessHandle> executors(Process worker) {
    return worker.descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .toList();
  }

  private static Process daemon(Path sparkHome, Path log, String mainClass, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m",
        "-cp", sparkHome.resolve("jars") + File.separator + "*",
        mainClass));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("SPARK_HOME", sparkHome.toString());
    builder.environment().put("SPARK_SCALA_VERSION", "2.13");
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "2");
    return builder.start();
  }

  /** This JVM's class path, whether given directly or through surefire's manifest-only jar. */
  private static List<String> classPath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Optional<String> manifestPath = manifestClassPath(Path.of(entry));
      if (manifestPath.isPresent()) {
        for (String url : manifestPath.get().trim().split("\\s+")) {
          entries.add(Path.of(java.net.URI.create(url)).toString());
        }
      } else {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static Optional<String> manifestClassPath(Path jar) throws IOException {
    if (!jar.getFileName().toString().startsWith("surefire")) {
      return Optional.empty();
    }
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
      return Optional.ofNullable(file.getManifest()).map(m -> m.getMainAttributes().getValue("Class-Path"));
    }
  }

  private static Path jarOf(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, new Manifest());
        Stream<Path> walk = Files.walk(classes)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new ZipEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
    return jar;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
