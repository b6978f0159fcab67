package com.swopify.slamonitor.replay;

import com.swopify.slamonitor.events.Source;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The NDJSON input files of a replay, by stream; absences and cases are optional. */
public final class ReplayInputs {
  private final Map<Source, Path> files = new EnumMap<>(Source.class);

  public ReplayInputs with(Source source, Path file) {
    if (file != null) {
      files.put(source, file);
    }
    return this;
  }

  public Map<Source, Path> files() {
    return Collections.unmodifiableMap(files);
  }
}
