package com.swopify.slamonitor.detect.automated;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The learned part of auto-reply recognition: a logistic regression over {@link AutoReplyFeatures},
 * trained on the tune part of the labelled corpus and checked in as {@value #RESOURCE} (see
 * docs/detectors.md, "Retraining"). Its output is calibrated (Platt scaling fitted on out-of-fold
 * scores of the tune part): {@link #probability} is the chance that a text like this one is an
 * auto-reply. Nothing is fetched at run time.
 */
public final class AutoReplyModel implements Serializable {
  private static final long serialVersionUID = 1L;

  static final String RESOURCE = "/detect/auto-reply-model.txt";

  private final float[] weights;
  private final double plattA;
  private final double plattB;

  AutoReplyModel(float[] weights, double plattA, double plattB) {
    if (weights.length != AutoReplyFeatures.BUCKETS) {
      throw new IllegalArgumentException("expected " + AutoReplyFeatures.BUCKETS + " weights");
    }
    this.weights = weights;
    this.plattA = plattA;
    this.plattB = plattB;
  }

  /** The checked-in model. */
  public static AutoReplyModel bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final AutoReplyModel BUNDLED = load();
  }

  /** The raw score (log-odds before calibration) of a text's features. */
  double score(int[] features) {
    double sum = 0;
    for (int feature : features) {
      sum += weights[feature];
    }
    return sum;
  }

  /** The calibrated probability that the text is automated. */
  public double probability(String text) {
    FoldedText folded = FoldedText.of(text);
    return calibrated(score(AutoReplyFeatures.of(text, folded)));
  }

  double probability(String text, FoldedText folded) {
    return calibrated(score(AutoReplyFeatures.of(text, folded)));
  }

  double calibrated(double score) {
    return 1 / (1 + Math.exp(-(plattA * score + plattB)));
  }

  /** The model as the resource stores it: a header, then "bucket weight" lines. */
  String serialised() {
    StringBuilder out = new StringBuilder();
    out.append(
        "# auto-reply model: logistic regression over hashed features; see"
            + " docs/detectors.md\n");
    out.append("platt ").append(plattA).append(' ').append(plattB).append('\n');
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] != 0) {
        out.append(i).append(' ').append(weights[i]).append('\n');
      }
    }
    return out.toString();
  }

  static AutoReplyModel parse(BufferedReader lines) throws IOException {
    float[] weights = new float[AutoReplyFeatures.BUCKETS];
    double a = 1;
    double b = 0;
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(" ");
      if (parts[0].equals("platt")) {
        a = Double.parseDouble(parts[1]);
        b = Double.parseDouble(parts[2]);
      } else {
        weights[Integer.parseInt(parts[0])] = Float.parseFloat(parts[1]);
      }
    }
    return new AutoReplyModel(weights, a, b);
  }

  private static AutoReplyModel load() {
    try (InputStream in = AutoReplyModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the auto-reply model " + RESOURCE + " is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
