package com.swopify.slamonitor.demo;

import com.swopify.slamonitor.events.AbsenceNotice;
import java.util.List;

/**
 * The absences of the period: the notice versions the Helpdesk receives (a later version of a
 * noticeId edits or cancels the earlier one) and the silences sellers really keep, announced or
 * not.
 */
record AbsencePlan(List<AbsenceNotice> notices, SellerSilences silences) {}
