package com.swopify.slamonitor.market;

import com.swopify.slamonitor.config.ConfigException;
import com.swopify.slamonitor.detect.MarketTexts;
import com.swopify.slamonitor.scorecard.ScorecardSettings;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** All markets of a markets file (contract section 3), validated, in file order. */
public final class Markets implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, Market> markets;

  Markets(Map<String, Market> markets) {
    this.markets = Collections.unmodifiableMap(new LinkedHashMap<>(markets));
  }

  /** Reads and validates a markets file; every problem is a one-line {@link ConfigException}. */
  public static Markets load(Path file) throws ConfigException {
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
  public static Markets parse(String yaml, String origin) throws ConfigException {
    return new Markets(new MarketsReader(origin).read(yaml));
  }

  /** The market's settings, or null when the code is not configured. */
  public Market market(String code) {
    return markets.get(code);
  }

  public Set<String> codes() {
    return markets.keySet();
  }

  /** Each market's time zone: all that operators keeping market-local days need. */
  public Map<String, ZoneId> zones() {
    return each(Market::zone);
  }

  public Map<String, ScorecardSettings> scorecards() {
    return each(Market::scorecard);
  }

  /** What the detectors read of each market. */
  public Map<String, MarketTexts> texts() {
    return each(Market::texts);
  }

  private <T> Map<String, T> each(Function<Market, T> part) {
    Map<String, T> parts = new LinkedHashMap<>();
    markets.forEach((code, market) -> parts.put(code, part.apply(market)));
    return Collections.unmodifiableMap(parts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Markets other && markets.equals(other.markets);
  }

  @Override
  public int hashCode() {
    return markets.hashCode();
  }

  @Override
  public String toString() {
    return "Markets" + markets.values();
  }
}
