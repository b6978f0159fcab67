package com.swopify.slamonitor.detect.automated;

import com.swopify.slamonitor.detect.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains {@link AutoReplyModel} on the TUNE part of the labelled corpus (never the held-out part)
 * and writes it to {@code src/main/resources/detect/auto-reply-model.txt}. Deterministic: the same
 * corpus gives the same file, which {@code AutoReplyModelTest} checks.
 *
 * <p>Logistic regression by stochastic gradient descent in corpus order, L2-regularised; features
 * seen in fewer than {@value #MIN_DOCUMENTS} tune texts are left out. The calibration (Platt
 * scaling) is fitted on out-of-fold scores of a {@value #FOLDS}-fold split of the tune part, so
 * that it reflects texts the model was not trained on.
 *
 * <pre>./mvnw -B -q -o test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     com.swopify.slamonitor.detect.automated.AutoReplyTrainer</pre>
 */
public final class AutoReplyTrainer {
  static final String LABEL = "AUTOMATED_REPLY";
  static final Path OUTPUT = Path.of("src/main/resources/detect/auto-reply-model.txt");
  static final int FOLDS = 5;
  static final int MIN_DOCUMENTS = 2;
  static final int EPOCHS = 30;
  static final double LEARNING_RATE = 0.1;
  static final double L2 = 1e-4;

  /** A tune text as features and label. */
  record Example(String id, int[] features, boolean automated) {}

  private AutoReplyTrainer() {}

  public static void main(String[] args) throws IOException {
    AutoReplyModel model = train(Corpus.load().tune().replies());
    Files.createDirectories(OUTPUT.getParent());
    Files.writeString(OUTPUT, model.serialised(), StandardCharsets.UTF_8);
    System.out.println("wrote " + OUTPUT);
  }

  static List<Example> examples(List<Corpus.Entry> entries) {
    List<Example> examples = new ArrayList<>(entries.size());
    for (Corpus.Entry entry : entries) {
      FoldedText folded = FoldedText.of(entry.text());
      examples.add(
          new Example(entry.id(), AutoReplyFeatures.of(entry.text(), folded), entry.has(LABEL)));
    }
    return examples;
  }

  /** The model of these tune texts, calibrated on their out-of-fold scores. */
  static AutoReplyModel train(List<Corpus.Entry> tune) {
    List<Example> examples = examples(tune);
    double[] outOfFold = new double[examples.size()];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Example> training = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (foldOf(examples.get(i)) != fold) {
          training.add(examples.get(i));
        }
      }
      float[] weights = fit(training);
      for (int i = 0; i < examples.size(); i++) {
        if (foldOf(examples.get(i)) == fold) {
          outOfFold[i] = dot(weights, examples.get(i).features());
        }
      }
    }
    double[] platt = platt(outOfFold, examples);
    return new AutoReplyModel(fit(examples), platt[0], platt[1]);
  }

  /** The out-of-fold raw scores of the tune texts, in their order, for measuring. */
  static double[] outOfFoldProbabilities(List<Corpus.Entry> tune) {
    List<Example> examples = examples(tune);
    double[] scores = new double[examples.size()];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Example> training = new ArrayList<>();
      for (Example example : examples) {
        if (foldOf(example) != fold) {
          training.add(example);
        }
      }
      float[] weights = fit(training);
      for (int i = 0; i < examples.size(); i++) {
        if (foldOf(examples.get(i)) == fold) {
          scores[i] = dot(weights, examples.get(i).features());
        }
      }
    }
    double[] platt = platt(scores, examples);
    for (int i = 0; i < scores.length; i++) {
      scores[i] = 1 / (1 + Math.exp(-(platt[0] * scores[i] + platt[1])));
    }
    return scores;
  }

  private static int foldOf(Example example) {
    return Math.floorMod(example.id().hashCode(), FOLDS);
  }

  static float[] fit(List<Example> examples) {
    int[] documents = new int[AutoReplyFeatures.BUCKETS];
    for (Example example : examples) {
      for (int f : example.features()) {
        documents[f]++;
      }
    }
    double[] w = new double[AutoReplyFeatures.BUCKETS];
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      double rate = LEARNING_RATE / (1 + 0.2 * epoch);
      for (Example example : examples) {
        double score = 0;
        for (int f : example.features()) {
          if (documents[f] >= MIN_DOCUMENTS) {
            score += w[f];
          }
        }
        double p = 1 / (1 + Math.exp(-score));
        double gradient = (example.automated() ? 1 : 0) - p;
        for (int f : example.features()) {
          if (documents[f] >= MIN_DOCUMENTS) {
            w[f] += rate * (gradient - L2 * w[f]);
          }
        }
      }
    }
    float[] weights = new float[w.length];
    for (int f = 0; f < w.length; f++) {
      // Four decimals are plenty and keep the checked-in file small and stable.
      weights[f] = (float) (Math.round(w[f] * 1e4) / 1e4);
    }
    return weights;
  }

  private static double dot(float[] weights, int[] features) {
    double sum = 0;
    for (int f : features) {
      sum += weights[f];
    }
    return sum;
  }

  /** Platt scaling: a and b of 1 / (1 + exp(-(a s + b))) by gradient descent on log loss. */
  static double[] platt(double[] scores, List<Example> examples) {
    double a = 1;
    double b = 0;
    for (int step = 0; step < 3000; step++) {
      double ga = 0;
      double gb = 0;
      for (int i = 0; i < scores.length; i++) {
        double p = 1 / (1 + Math.exp(-(a * scores[i] + b)));
        double error = p - (examples.get(i).automated() ? 1 : 0);
        ga += error * scores[i];
        gb += error;
      }
      a -= 0.5 * ga / scores.length;
      b -= 0.5 * gb / scores.length;
    }
    return new double[] {Math.round(a * 1e6) / 1e6, Math.round(b * 1e6) / 1e6};
  }
}
