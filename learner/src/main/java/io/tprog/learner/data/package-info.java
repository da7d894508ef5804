/**
 * Datasets: sequences of tokens with one label per token, grouped into train, validation and test splits. This
 * package generates the synthetic tasks of model.md section 9 (seeded, de-duplicated, split 10% test then 10% of the
 * rest validation), and reads and writes the one JSONL format every command reads; it also reads CoNLL-2003 column
 * files and {@code label<TAB>text} classification files. A label of {@code <pad>} marks a position that is not scored.
 */
package io.tprog.learner.data;
