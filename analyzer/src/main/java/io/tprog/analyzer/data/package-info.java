/**
 * Datasets for dynamic analysis: a JSONL file with one example a line, {@code {"split": ..., "tokens": [...],
 * "labels": [...]}}, where each label is the expected output at that position and {@code <pad>} labels are not scored.
 * The analyzer reads this format itself (it does not depend on the learner) and names the file and line of any bad row.
 */
package io.tprog.analyzer.data;
