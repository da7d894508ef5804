/**
 * The differentiable Transformer Program of model.md in TensorFlow Java graph mode: a residual stream of named
 * one-hot categorical and scalar numerical variables, modules that choose what they read by Gumbel-softmax and append
 * their outputs, a linear classifier, and the argmax ("hard") twin of the same graph that the discretiser turns into a
 * program.
 */
package io.tprog.learner.model;
