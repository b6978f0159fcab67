package com.swopify.slamonitor.detect.contact;

import java.util.Locale;
import java.util.Set;

/** The messengers and social networks sellers move buyers to, with their names and links. */
enum MessengerPlatform {
  WHATSAPP(
      "whatsapp",
      "wh?ats\\s?app?|(?:vats|vots|wots)app?|[vw]ocapp?|vacapp?|(?:ва|во|уа)т?[сц]ап",
      null,
      Set.of("wa.me", "whatsapp.com", "whatsapp.me"),
      false),
  TELEGRAM(
      "telegram",
      "telegram|телеграм",
      null,
      Set.of("t.me", "telegram.me", "telegram.org", "telegram.dog"),
      true),
  VIBER("viber", "viber|вайб[ъе]р", null, Set.of("viber.com", "vb.me"), false),
  // "signal" is also the word for a phone's reception: only the app's capitalised name counts.
  SIGNAL("signal", null, "signal", Set.of("signal.me", "signal.group", "signal.org"), false),
  MESSENGER(
      "messenger", "messenger|mesendzer|мес[иe]нджър", null, Set.of("m.me", "messenger.com"), true),
  INSTAGRAM(
      "instagram",
      "instagram|инстаграм",
      "insta|ig",
      Set.of("instagram.com", "instagr.am", "ig.me"),
      true),
  FACEBOOK(
      "facebook",
      "facebook|fejsbuk|фейсбук",
      "fb",
      Set.of("facebook.com", "fb.com", "fb.me"),
      true),
  TIKTOK("tiktok", "tik\\s?tok|тикток", null, Set.of("tiktok.com", "vm.tiktok.com"), true);

  // First path segments of these links that are not a handle.
  private static final Set<String> NOT_HANDLES =
      Set.of(
          "groups",
          "pages",
          "profile.php",
          "share",
          "p",
          "reel",
          "reels",
          "watch",
          "joinchat",
          "invite",
          "send",
          "message",
          "stories",
          "events",
          "tv",
          "s");

  private final String label;

  /** Regex over folded text for the name, an inflection may follow; null when it has none. */
  final String strongName;

  /** Regex for short or ambiguous names that count only with a handle or a clear invitation. */
  final String weakName;

  private final Set<String> hosts;
  private final boolean handleInPath;

  MessengerPlatform(
      String label, String strongName, String weakName, Set<String> hosts, boolean handleInPath) {
    this.label = label;
    this.strongName = strongName;
    this.weakName = weakName;
    this.hosts = hosts;
    this.handleInPath = handleInPath;
  }

  /** The name the evidence uses: "whatsapp", "telegram", ... */
  String label() {
    return label;
  }

  /** The platform a folded host (without "www.") belongs to, or null. */
  static MessengerPlatform ofHost(String host) {
    for (MessengerPlatform platform : values()) {
      for (String domain : platform.hosts) {
        if (host.equals(domain) || host.endsWith("." + domain)) {
          return platform;
        }
      }
    }
    return null;
  }

  /** The platform of an app link scheme ("viber://", "whatsapp://", "tg://"), or null. */
  static MessengerPlatform ofScheme(String scheme) {
    return switch (scheme) {
      case "whatsapp" -> WHATSAPP;
      case "viber" -> VIBER;
      case "tg" -> TELEGRAM;
      default -> null;
    };
  }

  /** The handle in a link's path ("t.me/shop_sk" has "shop_sk"), or null. */
  String handleInPath(String path) {
    if (!handleInPath || path.length() < 2 || path.charAt(0) != '/') {
      return null;
    }
    int end = 1;
    while (end < path.length() && isHandleChar(path.charAt(end))) {
      end++;
    }
    String segment = path.substring(1, end);
    return segment.length() < 2 || NOT_HANDLES.contains(segment.toLowerCase(Locale.ROOT))
        ? null
        : segment;
  }

  static boolean isHandleChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }
}
