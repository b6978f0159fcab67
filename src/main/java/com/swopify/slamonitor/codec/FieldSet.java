package com.swopify.slamonitor.codec;

import java.util.HashMap;
import java.util.Map;

/** The fields a record type reads, each with a slot; every other field of a record is skipped. */
final class FieldSet {
  private final String[] names;
  private final Map<String, Integer> slots;

  private FieldSet(String[] names) {
    this.names = names.clone();
    this.slots = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      if (slots.put(names[i], i) != null) {
        throw new IllegalArgumentException("field listed twice: " + names[i]);
      }
    }
  }

  static FieldSet of(String... names) {
    return new FieldSet(names);
  }

  int size() {
    return names.length;
  }

  String name(int slot) {
    return names[slot];
  }

  /** The slot of a field, or -1 when the record type does not read it. */
  int slotOf(String name) {
    Integer slot = slots.get(name);
    return slot == null ? -1 : slot;
  }

  /** The slot of a field the code asks for by name; asking for an unlisted one is a bug. */
  int requireSlot(String name) {
    Integer slot = slots.get(name);
    if (slot == null) {
      throw new IllegalArgumentException("field not in this record type: " + name);
    }
    return slot;
  }
}
