/**
 * The trace report of one or more inputs: every variable at every position with the wrong positions marked, where
 * each head looked (a selection matrix per categorical head, match counts per numerical head), the classifier
 * breakdown of each wrong position, and the provenance tree of its prediction; written as Markdown and HTML.
 */
package io.tprog.reports.trace;
