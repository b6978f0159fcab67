package com.swopify.slamonitor.detect.automated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Looking only at word starts, only with the phrases a word's first letters allow and only where
 * the text begins with one of their literal starts, finds exactly what a plain scan of every
 * position with the whole list finds.
 */
class PhrasesProperties {
  private static final List<List<String>> LEXICONS =
      List.of(
          AutoReplyLexicon.DECLARATION,
          AutoReplyLexicon.AWAY,
          AutoReplyLexicon.PROMISE,
          AutoReplyLexicon.CONCRETE,
          AutoReplyLexicon.COURTESY,
          AutoReplyLexicon.NEUTRAL,
          AutoReplyLexicon.RECEIVED,
          AutoReplyLexicon.THANKS,
          AutoReplyLexicon.SIGNOFF,
          AutoReplyLexicon.AFTER_RETURN,
          AutoReplyLexicon.URGENT);
  private static final List<Phrases> COMPILED = LEXICONS.stream().map(Phrases::of).toList();
  private static final List<Pattern> PLAIN =
      COMPILED.stream().map(phrases -> Pattern.compile(phrases.regex())).toList();

  /** Words of the lexicons, so that random texts often come close to a phrase. */
  private static final List<String> WORDS =
      List.of(
          "this",
          "is",
          "an",
          "automatic",
          "reply",
          "toto",
          "je",
          "automatická",
          "odpoveď",
          "som",
          "mimo",
          "kancelárie",
          "na",
          "dovolenke",
          "ich",
          "bin",
          "bis",
          "14.08.",
          "nicht",
          "im",
          "Büro",
          "we",
          "will",
          "reply",
          "within",
          "24",
          "hours",
          "odpovieme",
          "čo",
          "najskôr",
          "shipped",
          "sme",
          "odoslali",
          "Dobrý",
          "deň",
          "hello",
          "jestem",
          "poza",
          "biurem",
          "съм",
          "извън",
          "офиса",
          "a",
          "x",
          "and",
          "ďakujeme",
          "za",
          "správu",
          "thank",
          "you",
          "for",
          "your",
          "message",
          "s",
          "pozdravom",
          "danke",
          "für",
          "Ihre",
          "Nachricht",
          "after",
          "my",
          "return",
          "e-mail",
          "e",
          "mail");

  private static final List<String> SEPARATORS = List.of(" ", " ", " ", ", ", ". ", "? ", ": ");

  @Property(tries = 2000)
  void dispatchFindsWhatAPlainScanFinds(@ForAll("texts") String text) {
    FoldedText folded = FoldedText.of(text);
    for (int i = 0; i < COMPILED.size(); i++) {
      boolean plain = PLAIN.get(i).matcher(folded.text()).find();
      assertThat(COMPILED.get(i).in(folded)).as("lexicon %d in '%s'", i, folded).isEqualTo(plain);
    }
  }

  @Property(tries = 1000)
  void matchesAreWhereAPlainScanFindsThem(@ForAll("texts") String text) {
    FoldedText folded = FoldedText.of(text);
    for (int i = 0; i < COMPILED.size(); i++) {
      List<Integer> plain = new ArrayList<>();
      Matcher matcher = PLAIN.get(i).matcher(folded.text());
      while (matcher.find()) {
        plain.add(matcher.start());
        plain.add(matcher.end());
      }
      assertThat(COMPILED.get(i).matches(folded))
          .as("lexicon %d in '%s'", i, folded)
          .containsExactly(plain.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<String> separator = Arbitraries.of(SEPARATORS);
    return word.list()
        .ofMinSize(1)
        .ofMaxSize(14)
        .flatMap(
            words ->
                separator
                    .list()
                    .ofSize(words.size())
                    .map(
                        separators -> {
                          StringBuilder text = new StringBuilder();
                          for (int i = 0; i < words.size(); i++) {
                            text.append(words.get(i)).append(separators.get(i));
                          }
                          return text.toString();
                        }));
  }
}
