import { z } from 'zod';
import { LIMITS } from '../limits';
import { boundedInt } from './common';

/** A time of the autoscaler (seconds): at least 0, at most the longest scenario. */
const secondsSchema = z.number().min(0).max(LIMITS.durationS);
/** A period (seconds): more than 0, at most the longest scenario. */
const periodSchema = z.number().positive().max(LIMITS.durationS);

/**
 * Version 5: a service scaled like a Kubernetes HorizontalPodAutoscaler on its utilisation
 * (busy workers over the workers of its ready replicas, averaged over `windowS`). Every
 * `periodS` it recommends ceil(ready × utilisation / target), or keeps the count when the
 * ratio is within the 10 % tolerance; a new replica takes work `scaleOutDelayS` after the
 * decision; a scale-in takes the highest recommendation of the last `scaleInCooldownS`.
 */
export const utilizationAutoscaleSchema = z
  .object({
    metric: z.literal('utilization'),
    minReplicas: boundedInt(1, LIMITS.replicas).default(1),
    maxReplicas: boundedInt(1, LIMITS.replicas),
    targetUtilization: z.number().gt(0).max(1).default(0.7),
    windowS: periodSchema.default(60),
    periodS: periodSchema.default(15),
    scaleOutDelayS: secondsSchema.default(30),
    scaleInCooldownS: secondsSchema.default(300),
  })
  .strict();

/**
 * Version 5: a consuming service scaled like KEDA on the backlog of the channels it consumes
 * (messages accepted and not yet acknowledged): every `pollingS` it recommends
 * ceil(backlog / `backlogPerReplica`) (0 when the backlog is empty, so `minReplicas` 0 scales
 * to zero and back), within the 10 % tolerance; a new replica takes work `startDelayS` after
 * the decision; a scale-in takes the highest recommendation of the last `cooldownS`.
 */
export const backlogAutoscaleSchema = z
  .object({
    metric: z.literal('backlog'),
    minReplicas: boundedInt(0, LIMITS.replicas).default(0),
    maxReplicas: boundedInt(1, LIMITS.replicas),
    backlogPerReplica: z.number().positive().max(LIMITS.backlog).default(100),
    pollingS: periodSchema.default(30),
    cooldownS: secondsSchema.default(300),
    startDelayS: secondsSchema.default(30),
  })
  .strict();

export const AUTOSCALE_METRICS = ['utilization', 'backlog'] as const;

export const autoscaleSchema = z
  .discriminatedUnion('metric', [utilizationAutoscaleSchema, backlogAutoscaleSchema])
  .superRefine((a, ctx) => {
    if (a.minReplicas > a.maxReplicas)
      ctx.addIssue({
        code: 'custom',
        path: ['minReplicas'],
        message: `must not exceed maxReplicas (${a.minReplicas} > ${a.maxReplicas})`,
      });
  });

export type Autoscale = z.output<typeof autoscaleSchema>;
export type UtilizationAutoscale = z.output<typeof utilizationAutoscaleSchema>;
export type BacklogAutoscale = z.output<typeof backlogAutoscaleSchema>;
export type AutoscaleMetric = (typeof AUTOSCALE_METRICS)[number];

/** What the inspector fills in when autoscaling is switched on, per metric. */
export const DEFAULT_AUTOSCALE: { [K in AutoscaleMetric]: Extract<Autoscale, { metric: K }> } = {
  utilization: {
    metric: 'utilization',
    minReplicas: 2,
    maxReplicas: 10,
    targetUtilization: 0.7,
    windowS: 60,
    periodS: 15,
    scaleOutDelayS: 30,
    scaleInCooldownS: 300,
  },
  backlog: {
    metric: 'backlog',
    minReplicas: 0,
    maxReplicas: 10,
    backlogPerReplica: 100,
    pollingS: 30,
    cooldownS: 300,
    startDelayS: 30,
  },
};

/** The tolerance of both scalers: no change while metric / target is within 1 ± this (Kubernetes' default). */
export const AUTOSCALE_TOLERANCE = 0.1;
