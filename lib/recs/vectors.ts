/**
 * Layout of the served vectors: named blocks, each unit length on the item side and scaled by
 * √weight, so the cosine of two full vectors is the weight-averaged cosine of their blocks.
 */
export type Block = { name: BlockName; offset: number; length: number; weight: number };
export type BlockName = 'collab' | 'content' | 'category' | 'language' | 'level' | 'price';
export type Layout = {
  dim: number;
  blocks: Block[];
  /** Index of the collab norm-equaliser, or -1. */ augIndex: number;
};

export const DEFAULT_WEIGHTS: Record<BlockName, number> = {
  collab: 0.5,
  content: 0.2,
  category: 0.15,
  language: 0.08,
  level: 0.04,
  price: 0.03,
};

export function makeLayout(lengths: Record<BlockName, number>, weights = DEFAULT_WEIGHTS): Layout {
  const blocks: Block[] = [];
  let offset = 0;
  for (const name of Object.keys(DEFAULT_WEIGHTS) as BlockName[]) {
    const length = lengths[name];
    if (length === 0) continue;
    blocks.push({ name, offset, length, weight: weights[name] });
    offset += length;
  }
  const collab = blocks.find((b) => b.name === 'collab');
  return { dim: offset, blocks, augIndex: collab ? collab.offset + collab.length - 1 : -1 };
}

/**
 * Writes one entity's vector: each given block is normalised to unit length, scaled by √weight,
 * and the whole vector normalised at the end. Missing or zero blocks contribute nothing.
 */
export function assemble(
  layout: Layout,
  parts: Partial<Record<BlockName, ArrayLike<number>>>,
  out: Float32Array = new Float32Array(layout.dim),
): Float32Array {
  out.fill(0);
  for (const b of layout.blocks) {
    const src = parts[b.name];
    if (!src) continue;
    let n2 = 0;
    for (let i = 0; i < b.length; i++) n2 += (src[i] ?? 0) ** 2;
    if (n2 === 0) continue;
    const s = Math.sqrt(b.weight / n2);
    for (let i = 0; i < b.length; i++) out[b.offset + i] = (src[i] ?? 0) * s;
  }
  let total = 0;
  for (let i = 0; i < layout.dim; i++) total += out[i]! ** 2;
  if (total > 0) {
    const inv = 1 / Math.sqrt(total);
    for (let i = 0; i < layout.dim; i++) out[i]! *= inv;
  }
  return out;
}

/**
 * The query for "courses like X": X's own vector without the collab norm-equaliser (which would
 * make every sparsely-seen course look alike), with the collab block restored to its share.
 */
export function itemQuery(layout: Layout, item: Float32Array): Float32Array {
  const parts: Partial<Record<BlockName, Float32Array>> = {};
  for (const b of layout.blocks) {
    const slice = item.slice(b.offset, b.offset + b.length);
    if (b.name === 'collab') slice[b.length - 1] = 0;
    parts[b.name] = slice;
  }
  return assemble(layout, parts);
}

/** Little-endian float32 bytes, whatever the host's byte order. */
export function toBytes(v: Float32Array): Buffer {
  const buf = Buffer.allocUnsafe(v.length * 4);
  for (let i = 0; i < v.length; i++) buf.writeFloatLE(v[i]!, i * 4);
  return buf;
}

export function fromBytes(buf: Uint8Array, into?: Float32Array, offset = 0): Float32Array {
  const n = buf.byteLength >> 2;
  const out = into ?? new Float32Array(n);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  for (let i = 0; i < n; i++) out[offset + i] = view.getFloat32(i * 4, true);
  return out;
}

/** Scales a vector to unit length in place (zero stays zero). */
export function normalizeInPlace(v: Float32Array | Float64Array): typeof v {
  let n2 = 0;
  for (let i = 0; i < v.length; i++) n2 += v[i]! * v[i]!;
  if (n2 === 0) return v;
  const inv = 1 / Math.sqrt(n2);
  for (let i = 0; i < v.length; i++) v[i]! *= inv;
  return v;
}
