package io.tprog.format.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.python.core.Py;
import org.python.core.PyObject;
import org.python.core.PyStringMap;

/**
 * The module globals a program runs in. Builtins that could reach outside the program (evaluation of strings,
 * reflection, file access, input) are shadowed by names that refuse when called; {@code open} opens files for
 * reading and only inside the program's own folder (where its weights live).
 */
final class ProgramNamespace {
  private static final String[] REFUSED = {
    "eval", "execfile", "compile", "file", "input", "raw_input", "reload", "__import__", "globals", "locals",
    "vars", "getattr", "setattr", "delattr", "hasattr", "dir", "type", "object", "super", "classmethod",
    "staticmethod", "property", "memoryview", "buffer", "help", "exit", "quit", "intern", "apply", "exec"
  };

  private ProgramNamespace() {}

  static PyStringMap create(Path program, GuardedImport guardedImport) {
    PyStringMap globals = new PyStringMap();
    globals.__setitem__("__name__", Py.newString("__tprog_program__"));
    globals.__setitem__("__file__", Py.newStringOrUnicode(program.toString()));
    globals.__setitem__(GuardedImport.MARKER, Py.True);
    for (String name : REFUSED) {
      globals.__setitem__(name, new Refused(name));
    }
    globals.__setitem__("open", new ReadOnlyOpen(program.getParent(), Py.getSystemState().getBuiltins().__finditem__("open")));
    return globals;
  }

  /** A builtin the sandbox withholds. */
  private static final class Refused extends PyObject {
    private final String name;

    Refused(String name) {
      this.name = name;
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] keywords) {
      throw Py.RuntimeError("the sandbox does not allow calling " + name + "()");
    }
  }

  /** {@code open(path[, mode])} for reading files in one folder. */
  private static final class ReadOnlyOpen extends PyObject {
    private final Path folder;
    private final PyObject realOpen;

    ReadOnlyOpen(Path folder, PyObject realOpen) {
      this.folder = folder;
      this.realOpen = realOpen;
    }

    @Override
    public PyObject __call__(PyObject[] args, String[] keywords) {
      if (args.length == 0 || keywords.length > 0 || args.length > 2) {
        throw Py.TypeError("the sandbox's open takes a path and an optional read mode");
      }
      String mode = args.length > 1 ? args[1].toString() : "r";
      if (!mode.equals("r") && !mode.equals("rb") && !mode.equals("rU")) {
        throw Py.IOError("the sandbox opens files only for reading, not with mode '" + mode + "'");
      }
      Path wanted = folder.resolve(args[0].toString()).normalize();
      try {
        Path real = wanted.toRealPath();
        if (!real.startsWith(folder.toRealPath()) || !Files.isRegularFile(real)) {
          throw Py.IOError("the sandbox opens only files in the program's folder, not " + args[0]);
        }
        return realOpen.__call__(Py.newStringOrUnicode(real.toString()), Py.newString(mode));
      } catch (IOException e) {
        throw Py.IOError("no such file: " + args[0]);
      }
    }
  }
}
