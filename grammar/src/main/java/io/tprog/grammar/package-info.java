/** The tprog grammar module. */
package io.tprog.grammar;
