package io.tprog.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One python3 process answering "hash"/"dump" requests for files, so tests compare with CPython's own ast. */
final class CpythonAst implements AutoCloseable {
  private final Process process;
  private final Writer requests;
  private final BufferedReader answers;

  CpythonAst(Path workDir) throws IOException {
    Path script = workDir.resolve("cpython_ast.py");
    try (InputStream in = CpythonAst.class.getResourceAsStream("cpython_ast.py")) {
      Files.copy(in, script);
    }
    process = new ProcessBuilder("python3", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** The directory of CPython's standard library on this machine. */
  static Path stdlib() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
        .start();
    String dir = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor(30, TimeUnit.SECONDS);
    return Path.of(dir);
  }

  /** Sends one request per file without waiting, from another thread, so python3 works while Java parses. */
  Thread requestAll(String command, List<Path> files) {
    Thread writer = new Thread(() -> {
      try {
        for (Path f : files) {
          requests.write(command + " " + f + "\n");
        }
        requests.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    writer.start();
    return writer;
  }

  /** The next answer: a hash, an unescaped dump, or "ERROR ...". */
  String nextAnswer() throws IOException {
    String line = answers.readLine();
    if (line == null) {
      throw new IOException("python3 stopped answering");
    }
    return unescape(line);
  }

  String dump(Path file) throws IOException {
    requests.write("dump " + file + "\n");
    requests.flush();
    return nextAnswer();
  }

  private static String unescape(String line) {
    if (line.indexOf('\\') < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public void close() throws IOException {
    requests.close();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroy();
  }
}
