/** The tprog learner module. */
package io.tprog.learner;
