package com.swopify.slamonitor.calendar;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** All markets of a markets file (contract section 3), validated, in file order. */
public final class MarketsConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, MarketConfig> markets;

  MarketsConfig(Map<String, MarketConfig> markets) {
    this.markets = Collections.unmodifiableMap(new LinkedHashMap<>(markets));
  }

  /** Reads and validates a markets file; every problem is a one-line {@link ConfigException}. */
  public static MarketsConfig load(Path file) throws ConfigException {
    String yaml;
    try {
      if (Files.isDirectory(file)) {
        throw new ConfigException("cannot read markets file " + file + ": it is a directory");
      }
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException("markets file not found: " + file);
    } catch (AccessDeniedException e) {
      throw new ConfigException("cannot read markets file " + file + ": permission denied");
    } catch (CharacterCodingException e) {
      throw new ConfigException("cannot read markets file " + file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException("cannot read markets file " + file + ": " + e.getMessage());
    }
    return parse(yaml, file.toString());
  }

  /** Parses markets YAML; {@code origin} (e.g. the file name) starts every error message. */
  public static MarketsConfig parse(String yaml, String origin) throws ConfigException {
    return new MarketsConfig(new MarketsReader(origin).read(yaml));
  }

  /** The market's settings, or null when the code is not configured. */
  public MarketConfig market(String code) {
    return markets.get(code);
  }

  public Set<String> codes() {
    return markets.keySet();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MarketsConfig other && markets.equals(other.markets);
  }

  @Override
  public int hashCode() {
    return markets.hashCode();
  }

  @Override
  public String toString() {
    return "MarketsConfig" + markets.values();
  }
}
