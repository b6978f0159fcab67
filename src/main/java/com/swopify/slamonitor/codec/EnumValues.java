package com.swopify.slamonitor.codec;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The wire names of an enum, looked up without {@code Enum.valueOf}, which throws on unknown names,
 * and with the list of valid names that a reason shows to whoever must fix the record.
 */
final class EnumValues<E extends Enum<E>> {
  private final Map<String, E> byName = new HashMap<>();
  private final String expected;

  private EnumValues(Class<E> type) {
    E[] constants = type.getEnumConstants();
    for (E constant : constants) {
      byName.put(constant.name(), constant);
    }
    expected = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
  }

  static <E extends Enum<E>> EnumValues<E> of(Class<E> type) {
    return new EnumValues<>(type);
  }

  /** The constant with exactly this name, or null. */
  E lookup(String name) {
    return byName.get(name);
  }

  /** The valid names, comma separated, in declaration order. */
  String expected() {
    return expected;
  }
}
