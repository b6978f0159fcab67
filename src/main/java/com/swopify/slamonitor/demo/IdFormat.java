package com.swopify.slamonitor.demo;

/**
 * The generated ids. Zero-padded numbers keep them readable and sortable; all stay far below the
 * contract's 128 characters.
 */
final class IdFormat {
  private IdFormat() {}

  static String seller(int index) {
    return "seller-" + padded(index, 5);
  }

  static String thread(int number) {
    return "thr-" + padded(number, 7);
  }

  /** The k-th buyer message of a thread (k from 1). */
  static String buyerMessage(String threadId, int k) {
    return threadId + "-b" + k;
  }

  /** The k-th seller reply of a thread (k from 1). */
  static String sellerReply(String threadId, int k) {
    return threadId + "-s" + k;
  }

  static String caseOf(int threadNumber) {
    return "case-" + padded(threadNumber, 7);
  }

  /** The k-th absence notice of a seller (k from 1). */
  static String notice(int sellerIndex, int k) {
    return "abs-" + padded(sellerIndex, 5) + "-" + k;
  }

  static String buyer(long number) {
    return "buyer-" + padded(number, 7);
  }

  static String order(long number) {
    return "ord-" + padded(number, 9);
  }

  private static String padded(long number, int width) {
    String digits = Long.toString(number);
    if (digits.length() >= width) {
      return digits;
    }
    return "0".repeat(width - digits.length()) + digits;
  }
}
