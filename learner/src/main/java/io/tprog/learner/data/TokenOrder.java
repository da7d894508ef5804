package io.tprog.learner.data;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one order of every vocabulary and label set: the specials of {@link SpecialTokens#ORDER} first, then whole
 * numbers by value ({@code "2"} before {@code "10"}), then everything else by code point. A set read back from a file
 * therefore comes out in the same order as the set a task declares.
 */
public final class TokenOrder {

  /** Compares two tokens (or labels) in the order described above. */
  public static final Comparator<String> COMPARATOR = TokenOrder::compare;

  private TokenOrder() {}

  /** The distinct elements of {@code tokens}, in this order. */
  public static List<String> sorted(Collection<String> tokens) {
    return tokens.stream().distinct().sorted(COMPARATOR).toList();
  }

  private static int compare(String a, String b) {
    int rank = Integer.compare(rank(a), rank(b));
    if (rank != 0) {
      return rank;
    }
    if (isNumber(a) && isNumber(b)) {
      int byLength = Integer.compare(stripZeros(a).length(), stripZeros(b).length());
      if (byLength != 0) {
        return byLength;
      }
      int byDigits = stripZeros(a).compareTo(stripZeros(b));
      return byDigits != 0 ? byDigits : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  /** Specials by their position, then numbers, then other strings. */
  private static int rank(String token) {
    int special = SpecialTokens.ORDER.indexOf(token);
    if (special >= 0) {
      return special;
    }
    return isNumber(token) ? SpecialTokens.ORDER.size() : SpecialTokens.ORDER.size() + 1;
  }

  private static boolean isNumber(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Compared as digit strings so any length of number works; {@code "007"} and {@code "7"} tie, then by text. */
  private static String stripZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }
}
