package io.tprog.format.sandbox;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The byte format between {@link JythonSandbox} and its {@link SandboxWorker} process: values of the shapes
 * {@link PythonValues} produces (null, String, Long, Double, Boolean and lists of them), each a tag byte and its
 * payload. Strings are length-prefixed UTF-8, so a program's source of any size travels as one value.
 */
final class SandboxWire {
  private static final int NULL = 0;
  private static final int STRING = 1;
  private static final int LONG = 2;
  private static final int DOUBLE = 3;
  private static final int TRUE = 4;
  private static final int FALSE = 5;
  private static final int LIST = 6;

  private SandboxWire() {}

  static void write(DataOutputStream out, Object value) throws IOException {
    if (value == null) {
      out.writeByte(NULL);
    } else if (value instanceof String s) {
      out.writeByte(STRING);
      writeString(out, s);
    } else if (value instanceof Long l) {
      out.writeByte(LONG);
      out.writeLong(l);
    } else if (value instanceof Integer i) {
      out.writeByte(LONG);
      out.writeLong(i);
    } else if (value instanceof Double d) {
      out.writeByte(DOUBLE);
      out.writeDouble(d);
    } else if (value instanceof Boolean b) {
      out.writeByte(b ? TRUE : FALSE);
    } else if (value instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object item : list) {
        write(out, item);
      }
    } else {
      throw new IllegalArgumentException("the sandbox cannot send a " + value.getClass().getName());
    }
  }

  static Object read(DataInputStream in) throws IOException {
    int tag = in.readUnsignedByte();
    return switch (tag) {
      case NULL -> null;
      case STRING -> readString(in);
      case LONG -> in.readLong();
      case DOUBLE -> in.readDouble();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case LIST -> {
        int n = in.readInt();
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          items.add(read(in));
        }
        yield items;
      }
      default -> throw new IOException("the sandbox process sent an unknown value tag " + tag);
    };
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A list read back as strings (inputs, predictions, names). */
  static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) value) {
      out.add((String) o);
    }
    return out;
  }
}
