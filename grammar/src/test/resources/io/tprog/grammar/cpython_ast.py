"""Answers one request per input line with one output line, so a test can drive a single python3 process.

"hash PATH" -> SHA-256 of ast.dump(ast.parse(file bytes)), a space, and the SHA-256 of the same dump with
include_attributes=True (every position); "dump PATH" -> the plain dump itself (backslashes and newlines escaped).
Files CPython rejects answer "ERROR <exception name>".
"""
import ast
import hashlib
import sys

for request in sys.stdin:
    command, path = request.rstrip('\n').split(' ', 1)
    try:
        with open(path, 'rb') as source:
            tree = ast.parse(source.read())
        dump = ast.dump(tree)
        if command == 'hash':
            with_positions = ast.dump(tree, include_attributes=True)
            answer = ' '.join(hashlib.sha256(d.encode('utf-8', 'surrogatepass')).hexdigest()
                              for d in (dump, with_positions))
        else:
            answer = dump
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError) as error:
        answer = 'ERROR ' + type(error).__name__
    sys.stdout.write(answer.replace('\\', '\\\\').replace('\n', '\\n') + '\n')
    sys.stdout.flush()
