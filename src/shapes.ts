/**
 * One instance of each class a comparison makes, kept for the life of the process.
 *
 * V8 compiles a class's methods, and the functions that inline them, for the shape its
 * instances have, and keeps a shape only while some object has it. A comparison's instances all
 * die with it, so a full garbage collection between two comparisons (which a process's other
 * work brings about) dropped the shapes, and with them the compiled code of some fifty methods
 * and their callers, which the next comparison ran unoptimised while compiling them again.
 */
const kept: object[] = [];

/** The instances kept, oldest first (for tests). */
export function keptShapes(): readonly object[] {
  return kept;
}

/** Keeps `instance` alive for the life of the process; returns it. */
export function keepShapeOf<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
