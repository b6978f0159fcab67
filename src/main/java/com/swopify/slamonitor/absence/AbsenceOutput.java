package com.swopify.slamonitor.absence;

import com.swopify.slamonitor.events.Breach;
import com.swopify.slamonitor.events.TakeoverRequest;

/** Where the absence rules send what they decide. */
public interface AbsenceOutput {
  void breach(Breach breach);

  void takeover(TakeoverRequest takeover);
}
