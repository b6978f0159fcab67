package com.swopify.slamonitor.demo;

import com.swopify.slamonitor.events.BuyerMessage;
import com.swopify.slamonitor.events.CaseEvent;
import com.swopify.slamonitor.events.SellerReply;
import java.util.List;

/** One generated Helpdesk thread: its buyer messages, seller replies and at most one case. */
record Conversation(
    List<BuyerMessage> messages, List<SellerReply> replies, List<CaseEvent> cases) {}
