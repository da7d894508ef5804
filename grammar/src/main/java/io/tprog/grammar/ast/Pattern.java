package io.tprog.grammar.ast;

/** A pattern of a {@code case} block. */
public sealed interface Pattern extends Node
    permits MatchValue,
        MatchSingleton,
        MatchSequence,
        MatchMapping,
        MatchClass,
        MatchStar,
        MatchAs,
        MatchOr {}
