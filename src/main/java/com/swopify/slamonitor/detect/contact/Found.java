package com.swopify.slamonitor.detect.contact;

/** A contact with the span of the text it was read from, {@code [start, end)}. */
record Found(int start, int end, Contact contact) {
  Found(int start, int end, ContactKind kind, String masked) {
    this(start, end, new Contact(kind, masked));
  }
}
