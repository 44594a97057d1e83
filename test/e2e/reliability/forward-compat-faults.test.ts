/**
 * Issue #17 as fault kinds of the reliability suite: storage a newer version left in sync, a
 * backup too large for local storage, and a deleted case wanted back. Each row counts what was
 * lost (docs/RELIABILITY.md); the scenarios are in ../support/storage-forward-scenarios.ts.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type ExtensionBrowser, launchExtensionBrowser } from '../../support/extension-browser';
import { reliabilityRecorder } from '../../support/reliability-output';
import {
  deletedCaseRestored,
  NEWER_SYNC,
  newerValuesSurvive,
  oversizedImportRefused,
} from '../support/storage-forward-scenarios';
import { runFault } from './support/fault';

const recorder = reliabilityRecorder('faults-forward-compat');
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  recorder.flush();
  await browser?.close();
});

describe('storage across versions and backups', () => {
  it('a case and settings saved by a newer version in sync, while popup and options edit around them', async () => {
    await runFault(
      recorder,
      'sync holds a case and settings a newer version saved (popup and options open, another case edited, a phrase added)',
      async (probe) => {
        probe.injected(Object.keys(NEWER_SYNC).filter((key) => !key.endsWith('$')).length);
        probe.lost(await newerValuesSurvive(browser));
      },
    );
  });

  it('a 19 MB backup imported into a 10 MB local area', async () => {
    await runFault(recorder, 'a backup larger than local storage is imported (19 MB of notes)', async (probe) => {
      probe.injected();
      await oversizedImportRefused(browser);
      probe.note('refused before writing, with its size and the limit');
    });
  });

  it('a case deleted here, then restored from a backup taken before', async () => {
    await runFault(recorder, 'a case is deleted, then restored from an earlier backup', async (probe) => {
      probe.injected();
      if (!(await deletedCaseRestored(browser, '30000000789'))) probe.lost(1);
    });
  });
});
