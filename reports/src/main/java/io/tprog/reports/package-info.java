/** The tprog reports module. */
package io.tprog.reports;
