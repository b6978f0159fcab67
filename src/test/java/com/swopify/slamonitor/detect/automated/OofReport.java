package com.swopify.slamonitor.detect.automated;

import com.swopify.slamonitor.detect.Corpus;
import java.util.List;

/** Tuning aid: out-of-fold precision and recall on the TUNE part, per model threshold. */
public final class OofReport {
  private OofReport() {}

  public static void main(String[] args) {
    List<Corpus.Entry> tune = Corpus.load().tune().replies();
    double[] p = AutoReplyTrainer.outOfFoldProbabilities(tune);
    AutoReplyPhrases rules = new AutoReplyPhrases();
    boolean[] ruled = new boolean[tune.size()];
    boolean[] soft = new boolean[tune.size()];
    double softT = Double.parseDouble(System.getProperty("soft", "0.3"));
    for (int i = 0; i < tune.size(); i++) {
      ruled[i] = rules.recogniseByRules(tune.get(i).text()) != null;
      FoldedText f = FoldedText.of(tune.get(i).text());
      soft[i] = AutoReplyPhrases.hasSoftSign(f) && !AutoReplyPhrases.isConcrete(f);
    }
    for (double t : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95}) {
      int tp = 0, fp = 0, fn = 0;
      for (int i = 0; i < tune.size(); i++) {
        if (Boolean.getBoolean("fresh") && !tune.get(i).id().startsWith("fresh-")) {
          continue;
        }
        boolean found = ruled[i] || p[i] >= t || (soft[i] && p[i] >= softT);
        boolean truth = tune.get(i).has("AUTOMATED_REPLY");
        if (found && truth) tp++;
        else if (found) fp++;
        else if (truth) fn++;
      }
      System.out.printf(
          "t %.2f: P %.3f R %.3f (tp %d fp %d fn %d)%n",
          t, tp / (double) (tp + fp), tp / (double) (tp + fn), tp, fp, fn);
    }
    // reliability per bucket, out of fold
    int[] n = new int[10];
    int[] pos = new int[10];
    for (int i = 0; i < tune.size(); i++) {
      int b = Math.min(9, (int) (p[i] * 10));
      n[b]++;
      if (tune.get(i).has("AUTOMATED_REPLY")) pos[b]++;
    }
    for (int b = 0; b < 10; b++) {
      System.out.printf(
          "bucket %.1f-%.1f: %d texts, %.3f automated%n",
          b / 10.0, (b + 1) / 10.0, n[b], n[b] == 0 ? 0 : pos[b] / (double) n[b]);
    }
    if (args.length > 0) {
      for (int i = 0; i < tune.size(); i++) {
        boolean found =
            ruled[i] || p[i] >= Double.parseDouble(args[0]) || (soft[i] && p[i] >= softT);
        if (found != tune.get(i).has("AUTOMATED_REPLY")) {
          System.out.printf(
              "%s %.2f %s | %s%n", found ? "FP" : "FN", p[i], tune.get(i).id(), tune.get(i).text());
        }
      }
    }
  }
}
