package io.tprog.learner.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a run's data was made, written as the {@code dataset} section of {@code metrics.json} so that the run can be
 * reproduced: a synthetic task's examples ({@link Synthetic}) or a prepared real NLP dataset ({@link Nlp}). Read back,
 * the kind follows from the properties present.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(DatasetDescription.Synthetic.class), @JsonSubTypes.Type(DatasetDescription.Nlp.class)})
public sealed interface DatasetDescription permits DatasetDescription.Synthetic, DatasetDescription.Nlp {

  /** The dataset's name: the task id, or the file name for data read from a file. */
  String name();

  /**
   * A synthetic task's examples; the generator's settings ({@code seed} to {@code maxLength}) are null for examples
   * read from a file.
   *
   * @param splitSizes examples per split, as {@link Dataset#splitSizes}
   */
  record Synthetic(
      String name,
      @JsonInclude(JsonInclude.Include.NON_NULL) Long seed,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer sizeBeforeDeduplication,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer vocabSize,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxLength,
      Map<String, Integer> splitSizes,
      String note)
      implements DatasetDescription {

    /** How synthetic splits are made. */
    public static final String NOTE =
        "synthetic inputs are de-duplicated before splitting; splits are 10% test, then 10% of the rest validation, by"
            + " seed";

    public Synthetic {
      splitSizes = Collections.unmodifiableMap(new LinkedHashMap<>(splitSizes));
    }

    /** The description of a synthetic dataset, generated from its spec or read from a file. */
    public static Synthetic of(Dataset dataset) {
      return new Synthetic(
          dataset.name(),
          dataset.spec().map(DatasetSpec::seed).orElse(null),
          dataset.spec().map(DatasetSpec::size).orElse(null),
          dataset.spec().map(DatasetSpec::vocabSize).orElse(null),
          dataset.spec().map(DatasetSpec::maxLength).orElse(null),
          dataset.splitSizes(),
          NOTE);
    }
  }

  /**
   * A real NLP dataset as {@link NlpDataset#prepare} prepared it.
   *
   * @param splits each split's file and sentences read and kept, in the order the splits were given
   * @param minWords the fewest words a kept sentence has
   * @param maxLength the padded length, {@code <s>} and {@code </s>} included
   * @param vocabularyWords the most frequent training words kept besides {@code <pad>} and {@code <unk>}
   */
  record Nlp(
      String name,
      Map<String, SplitRead> splits,
      boolean replaceDigits,
      int minWords,
      int maxLength,
      int vocabularyWords)
      implements DatasetDescription {

    public Nlp {
      splits = Collections.unmodifiableMap(new LinkedHashMap<>(splits));
    }
  }

  /** One split of an NLP dataset: the file (or files) it came from, its sentences read and those kept. */
  record SplitRead(String file, int read, int kept) {}
}
