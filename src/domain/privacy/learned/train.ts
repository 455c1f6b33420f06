import { BUCKETS, hash32 } from './features.js';
import { type LinearModel, quantize } from './model.js';

/** One training sentence: its hashed features and whether it must be held back (1) or is safe (0). */
export interface Example {
  features: Int32Array;
  label: 0 | 1;
  /** How much the sentence counts: class weights make safe and block count equally. */
  weight: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per update on the weights an example touches. */
  l2: number;
  seed: number;
  /** Runs, each visiting the examples in its own order, whose weights are averaged. */
  orders: number;
}

export const TRAINING: TrainingOptions = { epochs: 12, learningRate: 0.2, l2: 1e-3, seed: 20261125, orders: 5 };

/** The order of one epoch: the examples sorted by a hash of (seed, epoch, position), the same on every run. */
function epochOrder(count: number, seed: number, epoch: number): number[] {
  const keys = Array.from({ length: count }, (_, index) => hash32(`${seed}:${epoch}:${index}`));
  return Array.from({ length: count }, (_, index) => index).sort(
    (a, b) => (keys[a] as number) - (keys[b] as number) || a - b,
  );
}

/** Weights that make block and safe count equally, whatever their numbers. */
export function balanced(labels: Array<0 | 1>): [safe: number, block: number] {
  const block = labels.filter((label) => label === 1).length;
  const safe = labels.length - block;
  return [labels.length / (2 * Math.max(1, safe)), labels.length / (2 * Math.max(1, block))];
}

/**
 * Logistic regression by stochastic gradient descent: a fixed seed and order, a step that shrinks each epoch, L2 on
 * the weights each step touches. Deterministic, so re-running it on the same sentences gives the same weights. The
 * weights of five runs, each in its own order, are averaged: one run's figures moved by half a point with its order
 * (train-c's false positives 3.0% or 3.4%), the average's do not.
 */
export function train(examples: Example[], options: TrainingOptions = TRAINING): LinearModel {
  const sum = new Float64Array(BUCKETS);
  let biasSum = 0;
  for (let order = 0; order < options.orders; order++) {
    const run = trainOnce(examples, options, options.seed + order);
    for (let bucket = 0; bucket < BUCKETS; bucket++)
      sum[bucket] = (sum[bucket] as number) + (run.weights[bucket] as number);
    biasSum += run.bias;
  }
  for (let bucket = 0; bucket < BUCKETS; bucket++) sum[bucket] = (sum[bucket] as number) / options.orders;
  return quantize(sum, biasSum / options.orders);
}

function trainOnce(
  examples: Example[],
  options: TrainingOptions,
  seed: number,
): { weights: Float64Array; bias: number } {
  const weights = new Float64Array(BUCKETS);
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const step = options.learningRate / (1 + epoch);
    for (const index of epochOrder(examples.length, seed, epoch)) {
      const { features, label, weight } = examples[index] as Example;
      let sum = bias;
      for (const bucket of features) sum += weights[bucket] as number;
      const gradient = weight * (1 / (1 + Math.exp(-sum)) - label);
      for (const bucket of features)
        weights[bucket] = (weights[bucket] as number) - step * (gradient + options.l2 * (weights[bucket] as number));
      bias -= step * gradient;
    }
  }
  return { weights, bias };
}
