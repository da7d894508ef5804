package io.tprog.format.sandbox;

import org.python.core.Py;
import org.python.core.PyModule;
import org.python.core.PyObject;
import org.python.core.PyStringMap;

/**
 * The interpreter's {@code __import__}: imports made by library code pass through unchanged, while an import made
 * by a sandboxed program (recognised by the marker in its globals) gets only {@code __future__} and small stand-ins
 * for {@code csv} (the reader) and {@code os} (a few pure {@code os.path} functions). The allowlist already refuses
 * other imports; this is the second line of defence should one get past it.
 */
final class GuardedImport extends PyObject {
  static final String MARKER = "__tprog_sandboxed__";
  private static final String[] PATH_FUNCTIONS = {"join", "dirname", "abspath", "basename", "exists", "isfile", "splitext", "normpath"};

  private final PyObject realImport;
  private PyModule osStandIn;
  private PyModule csvStandIn;

  GuardedImport(PyObject realImport) {
    this.realImport = realImport;
  }

  @Override
  public PyObject __call__(PyObject[] args, String[] keywords) {
    PyObject globals = args.length > 1 ? args[1] : null;
    boolean sandboxed = globals instanceof PyStringMap map && map.__finditem__(MARKER) != null;
    if (!sandboxed) {
      return realImport.__call__(args, keywords);
    }
    String name = args[0].toString();
    return switch (name) {
      case "__future__" -> realImport.__call__(args, keywords);
      case "csv" -> csvStandIn();
      case "os", "os.path" -> osStandIn();
      default -> throw Py.ImportError("the sandbox does not allow importing " + name);
    };
  }

  private synchronized PyModule osStandIn() {
    if (osStandIn == null) {
      PyObject realPath = realImport.__call__(Py.newString("os")).__getattr__("path");
      PyModule path = new PyModule("os.path");
      for (String f : PATH_FUNCTIONS) {
        path.__setattr__(f, realPath.__getattr__(f));
      }
      osStandIn = new PyModule("os");
      osStandIn.__setattr__("path", path);
    }
    return osStandIn;
  }

  private synchronized PyModule csvStandIn() {
    if (csvStandIn == null) {
      PyObject realCsv = realImport.__call__(Py.newString("csv"));
      csvStandIn = new PyModule("csv");
      csvStandIn.__setattr__("reader", realCsv.__getattr__("reader"));
    }
    return csvStandIn;
  }
}
