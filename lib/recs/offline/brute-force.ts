/**
 * A plain JavaScript scan with a min-heap over unit-length rows: the reference ranking that
 * offline evaluation and the kernel's tests compare with. Serving uses lib/recs/kernel.ts.
 */
export type Scored = { index: number; score: number };

/** One row's dot product, four accumulators so the loop pipelines; V8 inlines it into the scans. */
function dotAt(matrix: Float32Array, off: number, query: Float32Array, dim: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let d = 0;
  for (; d + 3 < dim; d += 4) {
    s0 += matrix[off + d]! * query[d]!;
    s1 += matrix[off + d + 1]! * query[d + 1]!;
    s2 += matrix[off + d + 2]! * query[d + 2]!;
    s3 += matrix[off + d + 3]! * query[d + 3]!;
  }
  for (; d < dim; d++) s0 += matrix[off + d]! * query[d]!;
  return s0 + s1 + s2 + s3;
}

/** The physical floor: every dot product, nothing else. */
export function scanScores(
  matrix: Float32Array,
  dim: number,
  query: Float32Array,
  out: Float32Array,
): Float32Array {
  const n = out.length;
  for (let i = 0, off = 0; i < n; i++, off += dim) {
    out[i] = dotAt(matrix, off, query, dim);
  }
  return out;
}

/** Min-heap of fixed capacity over parallel typed arrays: no allocation per candidate. */
export class TopN {
  readonly idx: Int32Array;
  readonly val: Float32Array;
  size = 0;
  constructor(readonly capacity: number) {
    this.idx = new Int32Array(capacity);
    this.val = new Float32Array(capacity);
  }
  /** Lowest score kept so far; a candidate must beat it once the heap is full. */
  get floor(): number {
    return this.size < this.capacity ? -Infinity : this.val[0]!;
  }
  push(index: number, score: number): void {
    if (this.capacity === 0) return;
    if (this.size < this.capacity) {
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (this.val[p]! <= score) break;
        this.val[i] = this.val[p]!;
        this.idx[i] = this.idx[p]!;
        i = p;
      }
      this.val[i] = score;
      this.idx[i] = index;
      return;
    }
    if (score <= this.val[0]!) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.val[r]! < this.val[l]! ? r : l;
      if (this.val[c]! >= score) break;
      this.val[i] = this.val[c]!;
      this.idx[i] = this.idx[c]!;
      i = c;
    }
    this.val[i] = score;
    this.idx[i] = index;
  }
  /** Best first; ties broken by lower index so results are deterministic. */
  sorted(): Scored[] {
    const out: Scored[] = [];
    for (let i = 0; i < this.size; i++) out.push({ index: this.idx[i]!, score: this.val[i]! });
    return out.sort((a, b) => b.score - a.score || a.index - b.index);
  }
}

/**
 * Top N rows by dot product with the query. `skip[i] = 1` excludes row i (owned, hidden, the query
 * course itself); `allow`, when given, keeps only rows whose value equals `allowValue` (a category).
 */
export function topByDot(opts: {
  matrix: Float32Array;
  dim: number;
  count: number;
  query: Float32Array;
  n: number;
  skip?: Uint8Array | null;
  allow?: Int32Array | null;
  allowValue?: number;
}): Scored[] {
  const { matrix, dim, count, query, skip, allow, allowValue } = opts;
  const heap = new TopN(Math.min(opts.n, count));
  for (let i = 0, off = 0; i < count; i++, off += dim) {
    if (skip && skip[i] === 1) continue;
    if (allow && allow[i] !== allowValue) continue;
    const s = dotAt(matrix, off, query, dim);
    if (s > heap.floor) heap.push(i, s);
  }
  return heap.sorted();
}
