// The CLI report's "replicas (auto)" column writes the very numbers of nodes.<id>.replicas, and
// appears only when the design autoscales a node.
import { expect, test } from 'vitest';
import { formatResult } from '../../../../simulator/cli/report';
import { simulate } from '../../../../simulator/simulate';
import { call, client, constantLoad, project, service } from '../../../helpers/build-project';

const model = (autoscale: boolean) =>
  project(
    [
      client(),
      service('api', {
        serviceTimeMs: { type: 'constant', value: 100 },
        concurrency: 1,
        ...(autoscale
          ? {
              autoscale: {
                metric: 'utilization',
                maxReplicas: 4,
                periodS: 10,
                windowS: 10,
                scaleOutDelayS: 5,
              },
            }
          : {}),
      }),
    ],
    [call('c', 'api')],
    { durationS: 120, warmupS: 0, load: constantLoad(30) },
  );

test('the column holds mean, max and final replicas as the JSON has them', () => {
  const r = simulate(model(true), { variant: 'v', scenario: 's', seed: 1 });
  const { mean, max, final } = r.nodes.api!.replicas!;
  const text = formatResult(r);
  expect(text).toContain('replicas (auto)');
  const row = text.split('\n').find((l) => l.startsWith('api '))!;
  expect(row).toContain(
    `${mean.toLocaleString('en-US', { maximumFractionDigits: 2 })} mean, ${max} max, ${final} at the end`,
  );
  expect(max).toBeGreaterThan(1);
});

test('no column without autoscaling', () => {
  const r = simulate(model(false), { variant: 'v', scenario: 's', seed: 1 });
  expect(formatResult(r)).not.toContain('replicas (auto)');
});
