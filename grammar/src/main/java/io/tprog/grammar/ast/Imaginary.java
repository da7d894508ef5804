package io.tprog.grammar.ast;

/** The value of an imaginary literal such as {@code 2j}: a complex number whose real part is zero. */
public record Imaginary(double imag) {}
