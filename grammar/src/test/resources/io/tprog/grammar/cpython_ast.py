"""Answers one request per input line with one output line, so a test can drive a single python3 process.

"hash PATH" -> SHA-256 of ast.dump(ast.parse(file bytes)); "dump PATH" -> the dump itself (newlines escaped).
Files CPython rejects answer "ERROR <exception name>".
"""
import ast
import hashlib
import sys

for request in sys.stdin:
    command, path = request.rstrip('\n').split(' ', 1)
    try:
        with open(path, 'rb') as source:
            dump = ast.dump(ast.parse(source.read()))
        answer = hashlib.sha256(dump.encode('utf-8', 'surrogatepass')).hexdigest() if command == 'hash' else dump
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError) as error:
        answer = 'ERROR ' + type(error).__name__
    sys.stdout.write(answer.replace('\\', '\\\\').replace('\n', '\\n') + '\n')
    sys.stdout.flush()
