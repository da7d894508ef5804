/**
 * Reports: what the analyzer found about a Transformer Program, rendered for people (Markdown, a self-contained HTML
 * page with the dataflow graph drawn as SVG, training plots) and for tools (JSON, DOT). Every file a report writes is
 * deterministic and is written to a temporary file first, then renamed into place.
 */
package io.tprog.reports;
