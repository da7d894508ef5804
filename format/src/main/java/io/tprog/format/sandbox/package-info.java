/**
 * The sandbox every program runs in: a program file may come from anyone, so before Jython sees it its AST is
 * checked against an allowlist of the constructs of program-format.md ({@link io.tprog.format.sandbox.Allowlist}),
 * and then it runs in a worker process with one Jython interpreter
 * ({@link io.tprog.format.sandbox.JythonSandbox}, {@link io.tprog.format.sandbox.SandboxWorker}), with dangerous
 * builtins replaced, imports limited to {@code __future__}, {@code csv} and {@code os.path}, files opened only for
 * reading beside the program, and limits on time (the worker is killed), memory (the worker's own heap) and recursion
 * depth. A refused or runaway program is reported as one sentence and the tool goes on.
 */
package io.tprog.format.sandbox;
