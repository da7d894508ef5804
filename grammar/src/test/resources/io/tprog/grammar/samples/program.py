# task: sort; layers: 2, heads: 2, mlps: 1, variable size: 8
# tprog-format: 1
from __future__ import print_function, division, absolute_import
import csv
import os

CLASSES = ["<s>", "</s>", "0", "1", "2", "3"]


def select_closest(keys, queries, predicate, causal=False):
    chosen = []
    for i, q in enumerate(queries):
        matches = [j for j, k in enumerate(keys) if predicate(q, k) and (not causal or j <= i)]
        chosen.append(matches[-1] if matches else 0)
    return chosen


def aggregate(pattern, values):
    return [values[j] for j in pattern]


def load_weights(path):
    weights = {}
    with open(path) as f:
        for row in csv.DictReader(f):
            weights[(row["feature"], row["value"])] = [float(row[c]) for c in CLASSES]
    return weights


def run(tokens):
    positions = list(range(len(tokens)))
    ones = [1] * len(tokens)

    # attn_0_0: query positions, key tokens, value tokens
    def predicate_0_0(q_position, k_token):
        if q_position in {0, 6}:
            return k_token == "3"
        elif q_position in {1, 2}:
            return k_token != "<s>"
        return k_token == "</s>"

    attn_0_0_pattern = select_closest(tokens, positions, predicate_0_0)
    attn_0_0_outputs = aggregate(attn_0_0_pattern, tokens)

    # mlp_0_0: attn_0_0_outputs, positions
    def mlp_0_0(attn_0_0_output, position):
        key = (attn_0_0_output, position)
        if key in {("0", 1), ("1", 2)}:
            return 4
        return 0

    mlp_0_0_outputs = [mlp_0_0(a, b) for a, b in zip(attn_0_0_outputs, positions)]
    weights = load_weights(os.path.join(os.path.dirname(__file__), "sort_weights.csv"))
    return classify(weights, [("tokens", tokens), ("positions", positions), ("ones", ones),
                              ("attn_0_0_outputs", attn_0_0_outputs), ("mlp_0_0_outputs", mlp_0_0_outputs)])


if __name__ == "__main__":
    examples = [(["<s>", "3", "1", "2"], ["<s>", "1", "2", "3"])]
    for given, expected in examples:
        print(run(given), expected, lambda x, *ys, **kw: x)
