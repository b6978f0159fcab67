package com.swopify.slamonitor.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.swopify.slamonitor.calendar.TimeRange;
import com.swopify.slamonitor.calendar.WeeklyHours;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Weekly hours as a record carries them (contract section 3's {@code businessHours}: weekday names
 * to lists of {@code "HH:MM-HH:MM"}), with every fault named by its key path for the dead letter.
 */
final class WeeklyHoursJson {
  private WeeklyHoursJson() {}

  /**
   * @param field the record's field name, the start of every key path in a reason
   */
  static WeeklyHours parse(String field, String objectJson) throws InvalidRecordException {
    Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
    try (JsonParser parser = Json.FACTORY.createParser(objectJson)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidRecordException("field " + field + ": expected an object of weekdays");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        DayOfWeek day = weekday(field, name);
        if (week.containsKey(day)) {
          throw new InvalidRecordException("field " + field + "." + name + ": given twice");
        }
        week.put(day, ranges(field + "." + name, parser));
      }
    } catch (IOException e) {
      throw new InvalidRecordException("field " + field + ": not a JSON object");
    }
    if (week.values().stream().allMatch(List::isEmpty)) {
      throw new InvalidRecordException("field " + field + ": no business time in the week");
    }
    try {
      return WeeklyHours.of(week);
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException("field " + field + "." + e.getMessage());
    }
  }

  private static DayOfWeek weekday(String field, String name) throws InvalidRecordException {
    try {
      return DayOfWeek.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidRecordException(
          "field "
              + field
              + ": unknown weekday '"
              + Texts.cutChars(name, 32)
              + "' (expected MONDAY, TUESDAY, ... SUNDAY)");
    }
  }

  private static List<TimeRange> ranges(String path, JsonParser parser)
      throws IOException, InvalidRecordException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw new InvalidRecordException("field " + path + ": expected a list of \"HH:MM-HH:MM\"");
    }
    List<TimeRange> ranges = new ArrayList<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token != JsonToken.VALUE_STRING) {
        throw new InvalidRecordException("field " + path + ": expected a list of \"HH:MM-HH:MM\"");
      }
      try {
        ranges.add(TimeRange.parse(parser.getText()));
      } catch (IllegalArgumentException e) {
        throw new InvalidRecordException("field " + path + ": " + e.getMessage());
      }
    }
    return ranges;
  }
}
