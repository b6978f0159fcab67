package com.swopify.slamonitor.detect.language;

import java.util.Set;

/**
 * The statistical last step of {@link ReplyLanguages}: ranks the candidate languages that letters
 * and words left open. {@link LinguaRanker} in production; the seam lets tests count how many texts
 * get this far, which is what the cheap steps are there to keep small.
 */
interface CandidateRanker {
  /** The candidates (at least two) ranked for {@code prose}, which has {@code letters} letters. */
  Ranking rank(String prose, int letters, Set<SupportedLanguage> candidates);
}
