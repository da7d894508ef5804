package io.tprog.grammar.ast;

import java.util.Arrays;

/** The value of a bytes literal: an immutable copy of its bytes. */
public final class Bytes {
  private final byte[] bytes;

  public Bytes(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  public int length() {
    return bytes.length;
  }

  /** The byte at {@code index}, 0 to 255. */
  public int get(int index) {
    return bytes[index] & 0xff;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bytes b && Arrays.equals(bytes, b.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Bytes" + Arrays.toString(bytes);
  }
}
