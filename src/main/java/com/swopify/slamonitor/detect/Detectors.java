package com.swopify.slamonitor.detect;

import com.swopify.slamonitor.detect.automated.AutoReplyPhrases;
import com.swopify.slamonitor.detect.automated.TemplateFingerprint;
import com.swopify.slamonitor.detect.contact.CarrierDomains;
import com.swopify.slamonitor.detect.contact.Contact;
import com.swopify.slamonitor.detect.contact.ContactKind;
import com.swopify.slamonitor.detect.contact.OffPlatformContacts;
import com.swopify.slamonitor.detect.language.LanguageGuess;
import com.swopify.slamonitor.detect.language.LanguageModels;
import com.swopify.slamonitor.detect.language.ReplyLanguages;
import com.swopify.slamonitor.detect.language.WrongLanguage;
import com.swopify.slamonitor.detect.signals.BuyerSignals;
import com.swopify.slamonitor.detect.signals.Signal;
import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.Details;
import com.swopify.slamonitor.events.Finding;
import com.swopify.slamonitor.events.Finding.FindingType;
import com.swopify.slamonitor.events.SellerReply;
import com.swopify.slamonitor.events.TakeoverReason;
import com.swopify.slamonitor.events.ThreadEvent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a message's text once, with every policy detector, and leaves only what they found on the
 * thread event: the text itself goes no further (it is personal data), the evidence is masked.
 *
 * <ul>
 *   <li>Seller replies: the Helpdesk's {@code automated} flag, else auto-responder phrasing (rule
 *       R4: the reply then answers nothing); off-platform contact (R3) and a language that is not
 *       the market's (R2), which are breaches but still answer; the text's fingerprint for template
 *       repetition, decided later per seller.
 *   <li>Buyer messages: serious-violation signals (R7), each a takeover request.
 * </ul>
 *
 * <p>Built on the job's client and shipped to the operators; the detectors themselves are built
 * lazily on first use in each operator instance, and the language models once per JVM. What the
 * detectors found in a text is remembered per JVM ({@link TextMemos}, sized by {@code
 * textCacheSize}): Helpdesk texts repeat (canned answers, templates), and every detector is a pure
 * function of the text, the market's languages and the settings, so a text seen before gets the
 * answer it got then, without reading it again.
 */
public final class Detectors implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(Detectors.class);

  /** What recognised a reply the Helpdesk flagged as automated. */
  private static final String FLAG = "flag";

  /** Serious-violation signals: their precision on held-out texts is high (docs/detectors.md). */
  private static final double SIGNAL_CONFIDENCE = 0.9;

  private final DetectorSettings settings;

  /**
   * Market code to its languages, none for a market without language check; empty when texts are
   * not analysed at all.
   */
  private final Map<String, List<String>> marketLanguages;

  /** Markets with a language no model knows: their replies get no language check. */
  private final Set<String> withoutLanguageCheck;

  /** Market code to its parcel carriers' domains (tracking links are no contact). */
  private final Map<String, Set<String>> marketCarriers;

  private final boolean analyseTexts;

  /** By market code; a market not configured gets the international carriers only. */
  private transient Map<String, OffPlatformContacts> contacts;

  private transient AutoReplyPhrases autoReplies;
  private transient BuyerSignals signals;
  private transient WrongLanguage languages;
  private transient TextMemos memos;

  private Detectors(
      DetectorSettings settings,
      Map<String, List<String>> marketLanguages,
      Set<String> withoutLanguageCheck,
      Map<String, Set<String>> marketCarriers,
      boolean analyseTexts) {
    this.settings = settings;
    this.marketLanguages = Map.copyOf(marketLanguages);
    this.withoutLanguageCheck = Set.copyOf(withoutLanguageCheck);
    this.marketCarriers = Map.copyOf(marketCarriers);
    this.analyseTexts = analyseTexts;
  }

  /**
   * Every detector, on the markets' configured languages and parcel carriers (a market without
   * {@code carrierDomains} gets the bundled carriers of its country, {@link CarrierDomains}). A
   * market with a language that no model knows gets no language check, with one warning.
   */
  public static Detectors of(Map<String, MarketTexts> markets, DetectorSettings settings) {
    Map<String, List<String>> languages = new HashMap<>();
    Map<String, Set<String>> carriers = new HashMap<>();
    Set<String> unchecked = new TreeSet<>();
    for (String code : new TreeSet<>(markets.keySet())) {
      MarketTexts market = markets.get(code);
      carriers.put(
          code,
          market.carrierDomains() == null
              ? CarrierDomains.defaultsFor(code)
              : Set.copyOf(market.carrierDomains()));
      List<String> unknown =
          market.languages().stream().filter(l -> !LanguageModels.available(l)).toList();
      if (unknown.isEmpty()) {
        languages.put(code, market.languages());
      } else {
        languages.put(code, List.of());
        unchecked.add(code);
        LOG.warn(
            "market {}: no language model for {}; its replies get no language check",
            code,
            unknown);
      }
    }
    return new Detectors(settings, languages, unchecked, carriers, true);
  }

  /** The markets whose replies get no language check, for the metric that shows them. */
  public Set<String> marketsWithoutLanguageCheck() {
    return withoutLanguageCheck;
  }

  /**
   * No text analysis: only the Helpdesk's {@code automated} flag counts. For measuring what the
   * detectors cost, and for deployments that receive no texts.
   */
  public static Detectors flagOnly() {
    return new Detectors(DetectorSettings.defaults(), Map.of(), Set.of(), Map.of(), false);
  }

  /** The language codes the language detector is built for: every market's, and English. */
  Set<String> configuredLanguages() {
    Set<String> codes = new TreeSet<>();
    marketLanguages.values().forEach(codes::addAll);
    codes.add("en");
    return codes;
  }

  /** Builds every detector now; the language models load once per JVM. */
  public void open() {
    if (analyseTexts) {
      marketCarriers.keySet().forEach(this::contacts);
      autoReplies();
      buyerSignals();
      languages();
      memos();
    }
  }

  /**
   * How the JVM's memos of text analysis for these detectors served their lookups since they were
   * made or last cleared, summed over every operator instance in the JVM; zero when texts are not
   * analysed or the memos are off.
   */
  public TextMemo.Counts textMemoCounts() {
    return analyseTexts ? memos().counts() : TextMemo.Counts.NONE;
  }

  /**
   * Empties the JVM's memos for these detectors and their counts, as a new job in a fresh JVM would
   * start: for benchmark runs that must not profit from each other.
   */
  public void forgetTexts() {
    if (analyseTexts) {
      memos().clear();
    }
  }

  public ThreadEvent analyse(BuyerMessage message) {
    if (!analyseTexts || message.text() == null || message.text().isBlank()) {
      return ThreadEvent.of(message);
    }
    Map<TakeoverReason, List<String>> byReason =
        memos().messages.get(TextMemos.NO_CONTEXT, message.text(), this::signalsOf);
    if (byReason.isEmpty()) {
      return ThreadEvent.of(message);
    }
    // The message id is part of the evidence, so the findings are built per message.
    List<Finding> findings = new ArrayList<>(byReason.size());
    byReason.forEach(
        (reason, names) ->
            findings.add(
                finding(
                    FindingType.forTakeover(reason),
                    Details.object()
                        .put("messageId", message.messageId())
                        .putStrings("signals", names)
                        .json(),
                    SIGNAL_CONFIDENCE)));
    return ThreadEvent.of(message, findings);
  }

  public ThreadEvent analyse(SellerReply reply) {
    String text = reply.text();
    if (!analyseTexts || text == null || text.isBlank()) {
      return ThreadEvent.of(reply, reply.automated() ? FLAG : null);
    }
    List<String> expected = marketLanguages.getOrDefault(reply.market(), List.of());
    ReplyAnalysis found =
        memos().replies.get(new TextMemos.Market(reply.market(), expected), text, this::readReply);
    if (reply.automated()) {
      // The Helpdesk's flag is certain; the text's own automated finding, if any, gives way.
      List<Finding> findings = new ArrayList<>(found.findings().size() + 1);
      findings.add(ThreadEvent.automatedFinding(FLAG, 1.0));
      for (Finding finding : found.findings()) {
        if (finding.type() != FindingType.AUTOMATED_REPLY) {
          findings.add(finding);
        }
      }
      return ThreadEvent.of(reply, FLAG, findings, 0);
    }
    // Precision first: an automated finding for review leaves the reply answering.
    String automatedBy =
        found.automated() == null || found.automated().forReview()
            ? null
            : found.autoReplyPhrasing();
    // Only replies that answer can be templates; one already known as automated is a breach.
    long fingerprint = automatedBy == null ? found.fingerprint() : 0;
    return ThreadEvent.of(reply, automatedBy, found.findings(), fingerprint);
  }

  /** A finding with its confidence, marked for review when below its detector's threshold. */
  private Finding finding(FindingType type, String detailsJson, double confidence) {
    return new Finding(type, detailsJson, confidence, settings.needsReview(type, confidence));
  }

  /** Serious-violation signals in a buyer's text, their names by takeover reason. */
  private Map<TakeoverReason, List<String>> signalsOf(List<String> noContext, String text) {
    Map<TakeoverReason, List<String>> byReason = new EnumMap<>(TakeoverReason.class);
    for (Signal signal : buyerSignals().find(text)) {
      byReason.computeIfAbsent(signal.reason(), reason -> new ArrayList<>()).add(signal.name());
    }
    if (byReason.isEmpty()) {
      return Map.of();
    }
    byReason.replaceAll((reason, names) -> List.copyOf(names));
    // Shared through the memo by every reader of the same text: never to be changed.
    return Collections.unmodifiableMap(byReason);
  }

  /**
   * Everything the text of a reply in a market with these languages says. The auto-responder
   * phrasing is read even where the Helpdesk flagged the reply (the flag wins): the answer is
   * remembered for every reply with the text, flagged or not.
   */
  private ReplyAnalysis readReply(TextMemos.Market market, String text) {
    List<String> expected = market.languages();
    AutoReplyPhrases.Recognition automated = autoReplies().assess(text);
    String phrasing = automated == null ? null : automated.kind();
    List<Finding> findings = new ArrayList<>(3);
    if (automated != null) {
      double confidence = Math.round(automated.confidence() * 100) / 100.0;
      findings.add(
          new Finding(
              FindingType.AUTOMATED_REPLY,
              Details.object().put("recognisedBy", phrasing).json(),
              confidence,
              settings.needsReview(FindingType.AUTOMATED_REPLY, confidence)));
    }
    List<Contact> found = contacts(market.code()).find(text);
    if (!found.isEmpty()) {
      List<Details> masked = new ArrayList<>(found.size());
      double confidence = 0;
      for (Contact contact : found) {
        masked.add(Details.object().put("kind", contact.kind()).put("masked", contact.masked()));
        confidence = Math.max(confidence, contactConfidence(contact.kind()));
      }
      findings.add(
          finding(
              FindingType.OFF_PLATFORM_CONTACT,
              Details.object().putObjects("contacts", masked).json(),
              confidence));
    }
    // Asks only "is it another language?", which spares most calls to the statistical models.
    LanguageGuess guess =
        expected.isEmpty()
            ? null
            : languages()
                .judge(
                    expected, text, settings.languageMinChars(), settings.languageMinConfidence());
    if (guess != null) {
      double confidence = guess.confidence();
      findings.add(
          finding(
              FindingType.WRONG_LANGUAGE,
              Details.object()
                  .put("detected", guess.language())
                  .put("confidence", confidence)
                  .putStrings("marketLanguages", expected)
                  .json(),
              confidence));
    }
    long fingerprint = phrasing == null ? TemplateFingerprint.of(text) : 0;
    return new ReplyAnalysis(phrasing, findings, fingerprint);
  }

  /**
   * How often a contact of this kind is really one, from the detectors' measured precision per kind
   * (docs/detectors.md): an e-mail address or a link is rarely anything else, a digit run may be a
   * part or order code.
   */
  private static double contactConfidence(ContactKind kind) {
    return switch (kind) {
      case EMAIL -> 0.95;
      case LINK -> 0.9;
      case MESSENGER -> 0.85;
      case PHONE -> 0.8;
    };
  }

  private TextMemos memos() {
    if (memos == null) {
      memos = TextMemos.shared(settings, configuredLanguages(), marketCarriers);
    }
    return memos;
  }

  private OffPlatformContacts contacts(String market) {
    if (contacts == null) {
      contacts = new HashMap<>();
    }
    return contacts.computeIfAbsent(
        market == null ? "" : market,
        code ->
            new OffPlatformContacts(
                settings.platformDomains(),
                marketCarriers.getOrDefault(code, CarrierDomains.INTERNATIONAL)));
  }

  private AutoReplyPhrases autoReplies() {
    if (autoReplies == null) {
      autoReplies = new AutoReplyPhrases();
    }
    return autoReplies;
  }

  private BuyerSignals buyerSignals() {
    if (signals == null) {
      signals = new BuyerSignals();
    }
    return signals;
  }

  private WrongLanguage languages() {
    if (languages == null) {
      languages = new WrongLanguage(ReplyLanguages.forLanguages(configuredLanguages()));
    }
    return languages;
  }
}
