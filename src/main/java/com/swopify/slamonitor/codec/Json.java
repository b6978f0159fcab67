package com.swopify.slamonitor.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** The one Jackson factory of the codecs: factories are thread-safe and costly to build. */
final class Json {
  /** Deeper documents are refused: the parser keeps one context object per level. */
  static final int MAX_NESTING_DEPTH = 1000;

  /**
   * Configured so that the nesting depth is the only parser limit a record within the size limit
   * can hit, which lets {@link ObjectScanner} name it in the reason.
   */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          // Many field names with colliding hashes would otherwise fail the record; without
          // this, Jackson just stops interning names for it, which is all the defence needed.
          .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  // Jackson's defaults would refuse long field names and numbers that are valid
                  // JSON; the record size limit already bounds them.
                  .maxNameLength(InputParser.MAX_RECORD_BYTES)
                  .maxNumberLength(InputParser.MAX_RECORD_BYTES)
                  .maxStringLength(InputParser.MAX_RECORD_BYTES)
                  .build())
          .build();

  private Json() {}
}
