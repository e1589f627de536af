// A fault on a node only the to-be has: compare runs both variants and reports the skip.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  broker,
  call,
  client,
  constantLoad,
  consume,
  project,
  publish,
  service,
} from '../../../helpers/build-project';
import { cli } from '../../../helpers/cli-harness';

const file = join(mkdtempSync(join(tmpdir(), 'spillway-faults-')), 'p.json');
writeFileSync(
  file,
  JSON.stringify(
    project(
      [client(), service('api'), service('mailer')],
      [call('c', 'api'), call('api', 'mailer')],
      {
        durationS: 20,
        load: constantLoad(20),
        faults: [{ type: 'outage', node: 'mail-queue', startS: 5, endS: 10 }],
      },
      [
        {
          id: 'to-be',
          nodes: [client(), service('api'), broker('mail-queue', 'queue'), service('mailer')],
          edges: [call('c', 'api'), publish('api', 'mail-queue'), consume('mail-queue', 'mailer')],
        },
      ],
    ),
  ),
);

test('compare runs both variants and says which one went without the fault', async () => {
  const { code, out, err } = await cli('compare', file);
  expect(err).toBe('');
  expect(code).toBe(0);
  expect(out).toContain(
    'v: fault skipped: faults[0] (outage of mail-queue): v has no node "mail-queue"',
  );
});

test('the JSON of each run carries skippedFaults', async () => {
  const { code, out } = await cli('compare', file, '--json');
  expect(code).toBe(0);
  const json = JSON.parse(out);
  expect(json.asIs.skippedFaults).toEqual([
    { index: 0, node: 'mail-queue', type: 'outage', reason: 'v has no node "mail-queue"' },
  ]);
  expect(json.toBe.skippedFaults).toEqual([]);
});

test('simulate of the variant without the node prints the skip under its header', async () => {
  const { code, out } = await cli('simulate', file, '--variant', 'v');
  expect(code).toBe(0);
  expect(out.split('\n')[1]).toBe(
    'fault skipped: faults[0] (outage of mail-queue): v has no node "mail-queue"',
  );
});
