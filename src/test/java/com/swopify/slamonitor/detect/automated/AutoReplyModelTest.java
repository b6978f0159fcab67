package com.swopify.slamonitor.detect.automated;

import static org.assertj.core.api.Assertions.assertThat;

import com.swopify.slamonitor.detect.Corpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in model is the one the tune part trains ({@link AutoReplyTrainer}): a corpus or
 * feature change without retraining fails here, and the file can always be reproduced.
 */
class AutoReplyModelTest {
  @Test
  void theCheckedInModelIsWhatTheTunePartTrains() throws IOException {
    String trained = AutoReplyTrainer.train(Corpus.load().tune().replies()).serialised();
    String checkedIn = Files.readString(Path.of("src/main/resources" + AutoReplyModel.RESOURCE));
    assertThat(checkedIn).as("retrain: see AutoReplyTrainer").isEqualTo(trained);
  }

  @Test
  void theModelReadsBackAsWritten() throws IOException {
    AutoReplyModel model = AutoReplyModel.bundled();
    AutoReplyModel read =
        AutoReplyModel.parse(new BufferedReader(new StringReader(model.serialised())));
    assertThat(read.serialised()).isEqualTo(model.serialised());
  }
}
