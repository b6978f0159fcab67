package com.swopify.slamonitor.events;

/**
 * A seller reply that was not flagged or recognised as automated and came within the template delay
 * of the buyer message it answers: the raw material of template recognition (rule R4). The thread
 * function emits one for each such reply whose text can be a template (fingerprint not 0); the text
 * itself never leaves the thread function.
 *
 * @param at the reply's sentAt in epoch milliseconds
 * @param fingerprint {@code TemplateFingerprint.of(text)}: equal for texts that differ only in
 *     case, diacritics, digits, spacing and punctuation
 */
public record QuickReply(
    String sellerId, String market, String threadId, String messageId, long at, long fingerprint) {}
