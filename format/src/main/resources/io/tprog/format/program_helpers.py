# The helpers of every tprog program (program-format.md, "Shape", item 4): the one copy that the learner's emitter
# and the analyzer's converter both write into the programs they produce (io.tprog.format.ProgramHelpers hands out
# each function by name). They run unchanged in Jython 2.7 and CPython 3; the program defines CLASSES and imports csv
# before them. A change here changes every program emitted afterwards: regenerate the learner's golden file.


def select_closest(keys, queries, predicate, causal=False):
    # Per query, the one key position it attends to: the nearest matching key, the earlier one at equal
    # distance, the query's own position only when it is the only match, and position 0 when nothing matches.
    chosen = []
    for i in range(len(queries)):
        last = i if causal else len(keys) - 1
        best = None
        for distance in range(1, max(i, last - i) + 1):
            if i - distance >= 0 and predicate(queries[i], keys[i - distance]):
                best = i - distance
                break
            if i + distance <= last and predicate(queries[i], keys[i + distance]):
                best = i + distance
                break
        if best is None:
            best = i if predicate(queries[i], keys[i]) else 0
        chosen.append(best)
    return chosen


def select(keys, queries, predicate, causal=False):
    # The boolean matrix of all matches: pattern[i][j] is True when query i matches key j.
    return [[(j <= i or not causal) and bool(predicate(queries[i], keys[j])) for j in range(len(keys))]
            for i in range(len(queries))]


def aggregate(pattern, values):
    # Per query, the value at the key position it selected.
    return [values[j] for j in pattern]


def aggregate_sum(pattern, values):
    # Per query, the sum of the values at every key position it matches.
    return [sum([values[j] for j in range(len(values)) if row[j]]) for row in pattern]


def load_weights(path):
    # weights[feature][value] is one weight per class; value as str() writes it, "_" for a numerical feature.
    weights = {}
    with open(path) as handle:
        rows = csv.reader(handle)
        header = next(rows)
        if list(header[2:]) != CLASSES:
            raise ValueError(path + ": the weight columns do not match CLASSES")
        for row in rows:
            if row:
                weights.setdefault(row[0], {})[row[1]] = [float(weight) for weight in row[2:]]
    return weights


def classify(weights, features, pooled=False):
    # Per position, adds the weight row of every feature's value (a numerical feature's single row times its
    # value) and returns the first class with the highest score; pooled: the class of the sum over positions at
    # position 0 and "<pad>" at every other position; pooled as "mean": the class of their mean, as the paper's own
    # programs score (a program converted from their format), which can tie where the sum does not.
    length = len(features[0][1])
    scores = [[0.0] * len(CLASSES) for i in range(length)]
    for name, values in features:
        table = weights[name]
        numerical = len(table) == 1 and "_" in table
        for i in range(length):
            if numerical:
                scores[i] = [score + weight * values[i] for score, weight in zip(scores[i], table["_"])]
            else:
                scores[i] = [score + weight for score, weight in zip(scores[i], table[str(values[i])])]
    if pooled:
        total = [0.0] * len(CLASSES)
        for score in scores:
            total = [sum_so_far + part for sum_so_far, part in zip(total, score)]
        if pooled == "mean":
            total = [part / length for part in total]
        return [CLASSES[total.index(max(total))]] + ["<pad>"] * (length - 1)
    return [CLASSES[score.index(max(score))] for score in scores]


def load_embeddings(path):
    # embeddings[word] is the word's value of each embedding variable; words are written as word_key writes them.
    embeddings = {}
    with open(path) as handle:
        rows = csv.reader(handle)
        next(rows)
        for row in rows:
            if row:
                embeddings[row[0]] = [int(value) for value in row[1:]]
    return embeddings


def word_key(word):
    # The word in ASCII: a backslash doubled, other characters outside printable ASCII as \uXXXX or \UXXXXXXXX.
    key = []
    for char in word:
        code = ord(char)
        if char == "\\":
            key.append("\\\\")
        elif 32 <= code < 127:
            key.append(char)
        elif code < 65536:
            key.append("\\u%04x" % code)
        else:
            key.append("\\U%08x" % code)
    return "".join(key)


def replace_digits(word):
    # Each run of the digits 0-9 becomes one "@".
    out = []
    in_digits = False
    for char in word:
        if "0" <= char <= "9":
            if not in_digits:
                out.append("@")
            in_digits = True
        else:
            out.append(char)
            in_digits = False
    return "".join(out)
