import { BUCKETS } from './features.js';

/**
 * A logistic regression over hashed features: one weight per bucket and a bias. The weights are kept as 16-bit
 * integers times one scale (the largest weight is 32767 steps), a quarter of the memory of doubles, and summed as
 * integers, so a text scores the same whatever the order of its features.
 */
export interface LinearModel {
  bias: number;
  scale: number;
  weights: Int16Array;
}

const STEPS = 32767;

export function quantize(weights: ArrayLike<number>, bias: number): LinearModel {
  let largest = 0;
  for (let index = 0; index < weights.length; index++) largest = Math.max(largest, Math.abs(weights[index] as number));
  const scale = largest === 0 ? 1 : Math.fround(largest / STEPS);
  const steps = new Int16Array(weights.length);
  for (let index = 0; index < weights.length; index++) steps[index] = Math.round((weights[index] as number) / scale);
  return { bias: Math.fround(bias), scale, weights: steps };
}

/** The weights travel as base64 of their little-endian bytes, so the model is code: no file read at run time. */
export function encodeWeights(weights: Int16Array): string {
  let binary = '';
  for (const weight of weights) binary += String.fromCharCode(weight & 0xff, (weight >> 8) & 0xff);
  return btoa(binary);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEXTET = new Uint8Array(128);
for (let index = 0; index < BASE64.length; index++) SEXTET[BASE64.charCodeAt(index)] = index;

/** Straight from the base64 text into the weights, with no binary string between (the model loads after start). */
export function decodeWeights(base64: string): Int16Array {
  const bytes = new Uint8Array((base64.length / 4) * 3 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0));
  let at = 0;
  for (let index = 0; index < base64.length; index += 4) {
    const quad =
      ((SEXTET[base64.charCodeAt(index)] as number) << 18) |
      ((SEXTET[base64.charCodeAt(index + 1)] as number) << 12) |
      ((SEXTET[base64.charCodeAt(index + 2)] as number) << 6) |
      (SEXTET[base64.charCodeAt(index + 3)] as number);
    if (at < bytes.length) bytes[at++] = quad >> 16;
    if (at < bytes.length) bytes[at++] = (quad >> 8) & 0xff;
    if (at < bytes.length) bytes[at++] = quad & 0xff;
  }
  const weights = new Int16Array(bytes.length / 2);
  for (let index = 0; index < weights.length; index++)
    weights[index] = (((bytes[2 * index + 1] as number) << 24) >> 16) | (bytes[2 * index] as number);
  if (weights.length !== BUCKETS) throw new Error(`expected ${BUCKETS} weights, got ${weights.length}`);
  return weights;
}

export function probabilityOf(features: Int32Array, model: LinearModel): number {
  let steps = 0;
  for (const bucket of features) steps += model.weights[bucket] as number;
  return 1 / (1 + Math.exp(-(model.bias + model.scale * steps)));
}
