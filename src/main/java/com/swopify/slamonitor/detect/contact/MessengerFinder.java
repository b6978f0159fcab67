package com.swopify.slamonitor.detect.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messenger and social-network contacts written out in the text: a name with a handle or phone
 * number next to it ("ig: @obchod_sk", "Viber 0905 123 456"), a name the reply invites the buyer to
 * ({@link Invitations}), or a lone handle in a sentence that asks for contact ("sledujte nás
 *
 * @obchod_sk"). Links (wa.me, t.me, ...) are the {@link LinkFinder}'s.
 */
final class MessengerFinder {
  /** How far from a name a handle or phone number may stand and still belong to it. */
  static final int ATTACH_REACH = 32;

  private static final List<MessengerPlatform> PLATFORMS = List.of(MessengerPlatform.values());
  // Group p+1 is platform p's full name, group n+p+1 its short name, the last group the ending.
  private static final MatchStarts MENTION = MatchStarts.of(mentionPattern());
  private static final int ENDING_GROUP = 2 * PLATFORMS.size() + 1;

  private static final Pattern HANDLE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._@/])@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]{0,28}[\\p{L}\\p{N}_])?)"
              + "(?![\\p{L}\\p{N}_@])");

  private MessengerFinder() {}

  private static Pattern mentionPattern() {
    StringBuilder names = new StringBuilder();
    for (MessengerPlatform platform : PLATFORMS) {
      names
          .append(names.length() == 0 ? "" : "|")
          .append('(')
          .append(platform.strongName == null ? "(?!)" : platform.strongName)
          .append(')');
    }
    for (MessengerPlatform platform : PLATFORMS) {
      names.append("|(").append(platform.weakName == null ? "(?!)" : platform.weakName).append(')');
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + names + ")(\\p{L}*+)(?![\\p{N}])");
  }

  private record Handle(int start, int end, String written) {}

  static void find(CharFoldedText text, List<Found> out) {
    List<Handle> handles = handles(text);
    if (handles.isEmpty() && !MENTION.mayOccurIn(text.folded)) {
      return; // most replies: no handle, no word that could be a messenger's name
    }
    Invitations invitations = new Invitations(text);
    boolean[] claimed = new boolean[handles.size()];
    Matcher mention = MENTION.pattern().matcher(text.folded);
    int from = 0;
    while (MENTION.find(mention, text.folded, from)) {
      from = mention.end();
      MessengerPlatform platform = platformOf(mention);
      boolean weak = mention.group(PLATFORMS.indexOf(platform) + 1) == null;
      String ending = mention.group(ENDING_GROUP);
      if (weak && !isWeakNameUsable(text, mention.start(), platform, ending)) {
        continue;
      }
      int handle = attachedHandle(text, handles, mention.start(), mention.end());
      if (handle >= 0) {
        claimed[handle] = true;
        Handle h = handles.get(handle);
        out.add(
            new Found(
                Math.min(h.start, mention.start()),
                Math.max(h.end, mention.end()),
                ContactKind.MESSENGER,
                platform.label() + " " + Masks.handle(h.written)));
      } else if (phoneFollows(text, mention.end())
          || invitations.invites(mention.start(), mention.end(), !ending.isEmpty())) {
        out.add(new Found(mention.start(), mention.end(), ContactKind.MESSENGER, platform.label()));
      }
    }
    for (int i = 0; i < handles.size(); i++) {
      Handle h = handles.get(i);
      if (!claimed[i] && invitations.asksForContact(h.start, h.end)) {
        out.add(new Found(h.start, h.end, ContactKind.MESSENGER, Masks.handle(h.written)));
      }
    }
  }

  private static MessengerPlatform platformOf(Matcher mention) {
    int n = PLATFORMS.size();
    for (int p = 0; p < n; p++) {
      if (mention.group(p + 1) != null || mention.group(n + p + 1) != null) {
        return PLATFORMS.get(p);
      }
    }
    throw new IllegalStateException("a mention matched no platform");
  }

  /**
   * Short names count bare only ("ig", "fb", "insta", not "igen" or "fbx"); "Signal" only
   * capitalised and with a case ending of the markets' languages at most.
   */
  private static boolean isWeakNameUsable(
      CharFoldedText text, int start, MessengerPlatform platform, String ending) {
    if (platform != MessengerPlatform.SIGNAL) {
      return ending.isEmpty();
    }
    return text.original.charAt(start) == 'S' && ending.length() <= 2;
  }

  private static List<Handle> handles(CharFoldedText text) {
    if (text.folded.indexOf('@') < 0) {
      return List.of();
    }
    List<Handle> handles = new ArrayList<>();
    Matcher handle = HANDLE.matcher(text.folded);
    while (handle.find()) {
      handles.add(
          new Handle(
              handle.start(),
              handle.end(),
              text.original.substring(handle.start(1), handle.end(1))));
    }
    return handles;
  }

  /**
   * The index of the handle right after the name in the same clause, else of the one just before
   * it, or -1. Handles are in text order, so the two candidates are found by bisection.
   */
  private static int attachedHandle(CharFoldedText text, List<Handle> handles, int start, int end) {
    int low = 0;
    int high = handles.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (handles.get(middle).start < end) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    if (low < handles.size()) {
      Handle after = handles.get(low);
      if (after.start - end <= ATTACH_REACH && !breaksClause(text, end, after.start)) {
        return low;
      }
    }
    int previous = low - 1;
    if (previous >= 0) {
      Handle before = handles.get(previous);
      if (before.end <= start
          && start - before.end <= ATTACH_REACH
          && !breaksClause(text, before.end, start)) {
        return previous;
      }
    }
    return -1;
  }

  /** A phone number follows the name in the same clause: "WhatsApp: +421 905 ...". */
  private static boolean phoneFollows(CharFoldedText text, int end) {
    int limit = Math.min(text.length(), end + ATTACH_REACH);
    for (int i = end; i < limit; i++) {
      char c = text.at(i);
      if (CharFoldedText.isAsciiDigit(c)
          || (c == '+' && CharFoldedText.isAsciiDigit(text.at(i + 1)))) {
        return digitsFrom(text, i) >= PhoneFinder.MIN_DIGITS;
      }
      if (isClauseEnd(c)) {
        return false;
      }
    }
    return false;
  }

  private static int digitsFrom(CharFoldedText text, int start) {
    int digits = 0;
    int limit = Math.min(text.length(), start + 24);
    for (int i = start; i < limit; i++) {
      if (CharFoldedText.isAsciiDigit(text.at(i))) {
        digits++;
      }
    }
    return digits;
  }

  private static boolean breaksClause(CharFoldedText text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isClauseEnd(text.at(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClauseEnd(char c) {
    return c == ',' || c == '.' || c == ';' || c == '!' || c == '?' || c == '\n';
  }
}
