import type { LogisticModel } from '../../src/align/model.js';

/**
 * L2-regularised logistic regression fitted by Newton's method on standardised features.
 * Deterministic: the same rows give the same weights.
 */
export function fitLogistic(rows: ReadonlyArray<Readonly<Record<string, number>>>, labels: readonly number[], names: readonly string[], l2 = 1): Omit<LogisticModel, 'threshold'> & { means: Record<string, number>; scales: Record<string, number> } {
  const n = rows.length;
  const d = names.length + 1;
  const means: Record<string, number> = {};
  const scales: Record<string, number> = {};
  for (const name of names) {
    const values = rows.map((r) => r[name] ?? 0);
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
    means[name] = mean;
    scales[name] = Math.sqrt(variance) || 1;
  }
  const x = rows.map((r) => [1, ...names.map((name) => ((r[name] ?? 0) - means[name]!) / scales[name]!)]);
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 25; iteration++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const p = 1 / (1 + Math.exp(-xi.reduce((s, v, k) => s + v * w[k]!, 0)));
      const r = p * (1 - p);
      for (let j = 0; j < d; j++) {
        gradient[j]! += (p - labels[i]!) * xi[j]!;
        for (let k = 0; k <= j; k++) hessian[j]![k]! += r * xi[j]! * xi[k]!;
      }
    }
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < j; k++) hessian[k]![j] = hessian[j]![k]!;
      if (j > 0) {
        gradient[j]! += l2 * w[j]!;
        hessian[j]![j]! += l2;
      }
    }
    const step = solve(hessian, gradient);
    w = w.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: w[0]!, weights: Object.fromEntries(names.map((name, j) => [name, w[j + 1]!])), means, scales };
}

// Gaussian elimination with partial pivoting.
function solve(matrix: number[][], vector: number[]): number[] {
  const d = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < d; col++) {
    let pivot = col;
    for (let row = col + 1; row < d; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let row = col + 1; row < d; row++) {
      const factor = a[row]![col]! / a[col]![col]!;
      for (let k = col; k <= d; k++) a[row]![k]! -= factor * a[col]![k]!;
    }
  }
  const result = new Array<number>(d).fill(0);
  for (let row = d - 1; row >= 0; row--) {
    let sum = a[row]![d]!;
    for (let k = row + 1; k < d; k++) sum -= a[row]![k]! * result[k]!;
    result[row] = sum / a[row]![row]!;
  }
  return result;
}
