/** Compressed sparse rows: the user × item interaction matrix and its transpose. */
export type Csr = {
  nRows: number;
  nCols: number;
  indptr: Int32Array;
  indices: Int32Array;
  data: Float32Array;
};

/** Builds a CSR matrix from triplets; duplicate (row, col) pairs are summed. */
export function buildCsr(
  nRows: number,
  nCols: number,
  rows: ArrayLike<number>,
  cols: ArrayLike<number>,
  vals: ArrayLike<number>,
): Csr {
  const n = rows.length;
  const counts = new Int32Array(nRows + 1);
  for (let t = 0; t < n; t++) counts[rows[t]! + 1]!++;
  for (let r = 0; r < nRows; r++) counts[r + 1]! += counts[r]!;
  const fill = counts.slice(0, nRows);
  const rawCols = new Int32Array(n);
  const rawVals = new Float32Array(n);
  for (let t = 0; t < n; t++) {
    const pos = fill[rows[t]!]!++;
    rawCols[pos] = cols[t]!;
    rawVals[pos] = vals[t]!;
  }
  // Sort each row by column and merge duplicates so every consumer sees one entry per pair.
  const indptr = new Int32Array(nRows + 1);
  const indices = new Int32Array(n);
  const data = new Float32Array(n);
  let out = 0;
  for (let r = 0; r < nRows; r++) {
    const start = counts[r]!;
    const end = counts[r + 1]!;
    const order = Array.from({ length: end - start }, (_, k) => start + k).sort(
      (a, b) => rawCols[a]! - rawCols[b]!,
    );
    let last = -1;
    for (const p of order) {
      const c = rawCols[p]!;
      if (c === last) data[out - 1]! += rawVals[p]!;
      else {
        indices[out] = c;
        data[out] = rawVals[p]!;
        out++;
        last = c;
      }
    }
    indptr[r + 1] = out;
  }
  return { nRows, nCols, indptr, indices: indices.slice(0, out), data: data.slice(0, out) };
}

export function transposeCsr(m: Csr): Csr {
  const rows = new Int32Array(m.indices.length);
  for (let r = 0; r < m.nRows; r++)
    for (let p = m.indptr[r]!; p < m.indptr[r + 1]!; p++) rows[p] = r;
  return buildCsr(m.nCols, m.nRows, m.indices, rows, m.data);
}

/** Same pattern with every stored value set to 1 (implicit "interacted" matrix). */
export function binarize(m: Csr): Csr {
  return { ...m, data: new Float32Array(m.data.length).fill(1) };
}

/** Column sums: how many (weighted) interactions each item has. */
export function columnSums(m: Csr): Float64Array {
  const out = new Float64Array(m.nCols);
  for (let p = 0; p < m.indices.length; p++) out[m.indices[p]!]! += m.data[p]!;
  return out;
}

/** The column indices stored in one row. */
export function rowIndices(m: Csr, r: number): Int32Array {
  return m.indices.subarray(m.indptr[r], m.indptr[r + 1]);
}
