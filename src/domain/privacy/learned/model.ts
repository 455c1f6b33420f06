import { BUCKETS } from './features.js';

/** A logistic regression over hashed features: one weight per bucket and a bias. */
export interface LinearModel {
  bias: number;
  weights: Float32Array;
}

/** The weights travel as base64 of their little-endian Float32 bytes, so the model is code: no file read at run time. */
export function encodeWeights(weights: Float32Array): string {
  const bytes = new Uint8Array(weights.length * 4);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < weights.length; index++) view.setFloat32(index * 4, weights[index] as number, true);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function decodeWeights(base64: string): Float32Array {
  const binary = atob(base64);
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let at = 0; at < binary.length; at++) view.setUint8(at, binary.charCodeAt(at));
  const weights = new Float32Array(binary.length / 4);
  for (let index = 0; index < weights.length; index++) weights[index] = view.getFloat32(index * 4, true);
  if (weights.length !== BUCKETS) throw new Error(`expected ${BUCKETS} weights, got ${weights.length}`);
  return weights;
}

export function probabilityOf(features: Int32Array, model: LinearModel): number {
  let sum = model.bias;
  for (const bucket of features) sum += model.weights[bucket] as number;
  return 1 / (1 + Math.exp(-sum));
}
