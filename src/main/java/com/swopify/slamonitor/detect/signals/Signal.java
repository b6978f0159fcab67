package com.swopify.slamonitor.detect.signals;

import com.swopify.slamonitor.events.TakeoverReason;

/**
 * A sign of a serious violation in a buyer's message.
 *
 * @param reason the takeover it calls for
 * @param name a stable name for the evidence ("activation-lock", "swollen-battery"); never text
 *     from the message
 */
public record Signal(TakeoverReason reason, String name) {}
