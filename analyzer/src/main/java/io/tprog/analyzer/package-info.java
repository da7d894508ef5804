/** The tprog analyzer module. */
package io.tprog.analyzer;
