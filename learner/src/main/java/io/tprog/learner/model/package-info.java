/**
 * The learner's models in TensorFlow Java graph mode. The Transformer Program of model.md is a residual stream of
 * named one-hot categorical and scalar numerical variables, modules that choose what they read by Gumbel-softmax and
 * append their outputs, and a linear classifier; its argmax ("hard") twin over the same variables is what the
 * discretiser turns into a program. The standard Transformer baseline shares the same inputs, loss and optimizer so
 * that accuracy tables compare like with like.
 */
package io.tprog.learner.model;
