import { describe, expect, it } from 'vitest';
import * as detector from '../../../src/domain/privacy/index.js';
import { NotLoadedError } from '../../../src/services/deferred.js';
import { lazyPrivacyScanner } from '../../../src/services/privacy-scanner.js';

describe('the lazily loaded privacy scanner', () => {
  it('refuses to scan before it has loaded, rather than finding nothing', () => {
    const scanner = lazyPrivacyScanner(() => new Promise(() => undefined));
    void scanner.ready();
    expect(scanner.loaded).toBe(false);
    expect(() => scanner.detectIdentifyingDetails('NHS number 943 476 5919', { jurisdiction: 'uk' })).toThrow(
      NotLoadedError,
    );
    expect(() => scanner.hasConcernLanguage('he is being made to carry drugs')).toThrow(NotLoadedError);
  });

  it('loads once however many wait, then scans as the detector does', async () => {
    let loads = 0;
    const scanner = lazyPrivacyScanner(async () => {
      loads += 1;
      return detector;
    });
    await Promise.all([scanner.ready(), scanner.ready(), scanner.ready()]);
    expect(loads).toBe(1);
    const text = 'Lovely session today, Leo (7) came with his gran';
    expect(scanner.detectIdentifyingDetails(text, { jurisdiction: 'uk' })).toEqual(
      detector.detectIdentifyingDetails(text, { jurisdiction: 'uk' }),
    );
    expect(scanner.detectIdentifyingDetails(text, { jurisdiction: 'uk' }).map((finding) => finding.kind)).toContain(
      'child_name',
    );
  });

  it('loads the real detector by default', async () => {
    const scanner = lazyPrivacyScanner();
    await scanner.ready();
    expect(scanner.hasConcernLanguage('one of our yr 9 girls said an older man keeps messaging her at night')).toBe(
      detector.hasConcernLanguage('one of our yr 9 girls said an older man keeps messaging her at night'),
    );
  });
});
