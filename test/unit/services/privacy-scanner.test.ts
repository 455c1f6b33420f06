import fc from 'fast-check';
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

  it('scans a short clean text once, and text with findings, long text or an allow list every time', async () => {
    const scanned: string[] = [];
    const scanner = lazyPrivacyScanner(async () => ({
      detectIdentifyingDetails: (text, options) => {
        scanned.push(`${options.jurisdiction}${options.allow ? '+allow' : ''}:${text}`);
        return detector.detectIdentifyingDetails(text, options);
      },
      hasConcernLanguage: detector.hasConcernLanguage,
    }));
    await scanner.ready();
    const long = `schedule show ${'and more '.repeat(10)}`;
    for (let time = 0; time < 3; time += 1) {
      scanner.detectIdentifyingDetails('tasks', { jurisdiction: 'uk' });
      scanner.detectIdentifyingDetails('tasks', { jurisdiction: 'us' });
      scanner.detectIdentifyingDetails('Leo (7) came with his gran', { jurisdiction: 'uk' });
      scanner.detectIdentifyingDetails(long, { jurisdiction: 'uk' });
      scanner.detectIdentifyingDetails('tasks', { jurisdiction: 'uk', allow: { staffNames: ['Priya'] } });
    }
    const times = (entry: string) => scanned.filter((seen) => seen === entry).length;
    expect(times('uk:tasks')).toBe(1);
    expect(times('us:tasks')).toBe(1);
    expect(times('uk:Leo (7) came with his gran')).toBe(3);
    expect(times(`uk:${long}`)).toBe(3);
    expect(times('uk+allow:tasks')).toBe(3);
  });

  it('answers exactly as the detector does, whatever texts come and however often', async () => {
    const scanner = lazyPrivacyScanner(async () => detector);
    await scanner.ready();
    const texts = fc.constantFrom(
      'tasks',
      'help',
      'thanks all!',
      'Ava, 11, was upset today',
      'NHS 943 476 5919',
      'a girl in our club told us her dad hits her',
      'two schools asked for neglect training',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(texts, fc.string({ maxLength: 70 })), fc.constantFrom('uk', 'us' as const))),
        (calls) => {
          for (const [text, jurisdiction] of calls)
            expect(scanner.detectIdentifyingDetails(text, { jurisdiction })).toEqual(
              detector.detectIdentifyingDetails(text, { jurisdiction }),
            );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('scans its warm-up sentences while loading, in both jurisdictions, before anyone may scan', async () => {
    const scanned: string[] = [];
    const concerns: string[] = [];
    let loadedWhileWarming = true;
    const scanner = lazyPrivacyScanner(async () => ({
      detectIdentifyingDetails: (text, options) => {
        loadedWhileWarming &&= scanner.loaded;
        scanned.push(options.jurisdiction);
        return detector.detectIdentifyingDetails(text, options);
      },
      hasConcernLanguage: (text) => {
        concerns.push(text);
        return detector.hasConcernLanguage(text);
      },
    }));
    expect(scanned).toEqual([]);
    await scanner.ready();
    expect(scanner.loaded).toBe(true);
    expect(loadedWhileWarming).toBe(false);
    expect(new Set(scanned)).toEqual(new Set(['uk', 'us']));
    expect(concerns.length).toBe(scanned.length);
  });

  it('does not report ready when the detector fails on its warm-up: it would fail on real text too', async () => {
    const scanner = lazyPrivacyScanner(async () => ({
      detectIdentifyingDetails: () => {
        throw new Error('lexicon failed to build');
      },
      hasConcernLanguage: () => false,
    }));
    await expect(scanner.ready()).rejects.toThrow('lexicon failed to build');
    expect(scanner.loaded).toBe(false);
  });
});
