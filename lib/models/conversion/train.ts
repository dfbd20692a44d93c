import {
  encodeCheckout,
  FEATURE_NAMES,
  PAYMENT_METHODS,
  type CheckoutExample,
  type CheckoutSegment,
} from './features';
import { fitLogistic, predict } from './logistic';
import { auc, logLoss } from './metrics';

export type LabelledCheckout = CheckoutExample & { startedAt: Date; completed: boolean };

export type ConversionWeights = { features: string[]; weights: number[]; baseRate: number };

export type ConversionMetrics = {
  auc: number;
  baselineAuc: number;
  logLoss: number;
  baselineLogLoss: number;
  examples: number;
  trainExamples: number;
  testExamples: number;
  baseRate: number;
  trainMs: number;
};

export const TEST_SHARE = 0.2;
export const MIN_EXAMPLES = 50;
export const DEFAULT_L2 = 1;

/**
 * Time split: the oldest 80 % train, the newest 20 % test. The baseline predicts the training base
 * rate for everyone, so its AUC is 0.5 and its log-loss is that of the base rate.
 */
export function trainConversion(
  examples: readonly LabelledCheckout[],
  opts: { l2?: number } = {},
): { model: ConversionWeights; metrics: ConversionMetrics } {
  if (examples.length < MIN_EXAMPLES)
    throw new Error(`need at least ${MIN_EXAMPLES} settled checkouts, have ${examples.length}`);
  const started = performance.now();
  const sorted = [...examples].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const cut = Math.floor(sorted.length * (1 - TEST_SHARE));
  const train = sorted.slice(0, cut);
  const test = sorted.slice(cut);
  const y = (e: LabelledCheckout): number => (e.completed ? 1 : 0);
  const trainY = train.map(y);
  const testY = test.map(y);
  const baseRate = trainY.reduce((s, v) => s + v, 0) / trainY.length;
  const { weights } = fitLogistic(train.map(encodeCheckout), trainY, { l2: opts.l2 ?? DEFAULT_L2 });
  const trainMs = Math.round(performance.now() - started);
  const scores = test.map((e) => predict(weights, encodeCheckout(e)));
  const constant = test.map(() => baseRate);
  return {
    model: { features: [...FEATURE_NAMES], weights, baseRate },
    metrics: {
      auc: auc(scores, testY),
      baselineAuc: auc(constant, testY),
      logLoss: logLoss(scores, testY),
      baselineLogLoss: logLoss(constant, testY),
      examples: sorted.length,
      trainExamples: train.length,
      testExamples: test.length,
      baseRate,
      trainMs,
    },
  };
}

/**
 * Success probability of a checkout whose method is not chosen yet: the mean over the methods the
 * buyer is offered.
 */
export function predictSegment(
  model: ConversionWeights,
  segment: CheckoutSegment & { hour: number },
  methods: readonly string[],
): number {
  if (methods.length === 0)
    return predict(model.weights, encodeCheckout({ ...segment, method: null }));
  const ps = methods.map((method) =>
    predict(model.weights, encodeCheckout({ ...segment, method })),
  );
  return ps.reduce((s, p) => s + p, 0) / ps.length;
}

/**
 * The offered methods, most likely to succeed for this segment first; ties keep the given order.
 * Methods the model does not know keep their place after the known ones.
 */
export function rankMethods<M extends string>(
  model: ConversionWeights,
  segment: CheckoutSegment & { hour: number },
  methods: readonly M[],
): M[] {
  const known = (m: string) => (PAYMENT_METHODS as readonly string[]).includes(m);
  return methods
    .map((method, i) => ({
      method,
      i,
      p: known(method) ? predict(model.weights, encodeCheckout({ ...segment, method })) : -1,
    }))
    .sort((a, b) => b.p - a.p || a.i - b.i)
    .map((r) => r.method);
}
