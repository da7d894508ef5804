package io.tprog.format.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.python.core.PyBoolean;
import org.python.core.PyFloat;
import org.python.core.PyInteger;
import org.python.core.PyLong;
import org.python.core.PyNone;
import org.python.core.PyObject;
import org.python.core.PySequenceList;
import org.python.core.PyString;
import org.python.core.PyTuple;

/**
 * Python values as plain Java ones, the same shapes JSON has: {@code str} as String, {@code int} as Long,
 * {@code bool} as Boolean, {@code float} as Double, lists and tuples as Lists, None as null; anything else as its
 * {@code str()}.
 */
public final class PythonValues {
  private PythonValues() {}

  public static Object toJava(PyObject value) {
    if (value == null || value instanceof PyNone) {
      return null;
    }
    if (value instanceof PyBoolean b) {
      return b.getBooleanValue();
    }
    if (value instanceof PyInteger i) {
      return (long) i.getValue();
    }
    if (value instanceof PyLong l) {
      return l.getValue().longValue();
    }
    if (value instanceof PyFloat f) {
      return f.getValue();
    }
    if (value instanceof PyString s) {
      return s.getString();
    }
    if (value instanceof PySequenceList || value instanceof PyTuple) {
      List<Object> out = new ArrayList<>();
      for (PyObject item : value.asIterable()) {
        out.add(toJava(item));
      }
      return out;
    }
    return value.__str__().toString();
  }

  /** The text a prediction is compared with labels by: Python's {@code str()} of the value. */
  public static String label(PyObject value) {
    return value.__str__().toString();
  }
}
