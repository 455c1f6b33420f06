import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { type Sandbox, startSandbox } from '../../src/sandbox/sandbox.js';
import { sandboxTestConfig } from '../helpers/sandbox-config.js';

// The whole product in a real browser: Debian's Chromium driven by playwright-core (no browser download).
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

if (!hasChromium)
  console.warn(
    `Chromium is not installed at ${CHROMIUM}: skipping the browser test (install it with "apt-get install -y chromium").`,
  );

describe('browser: Chromium is present where it must be', () => {
  it.runIf(inCi)('CI has Chromium, so the browser test really ran', () => {
    expect(hasChromium, `${CHROMIUM} is missing: .ci/run installs it with apt-get`).toBe(true);
  });
});

describe.skipIf(!hasChromium)('browser: the sandbox, as a partner and as the coordinator', () => {
  let sandbox: Sandbox;
  let context: BrowserContext;
  let page: Page;
  const folders: string[] = [];

  beforeAll(async () => {
    const data = mkdtempSync(join(tmpdir(), 'coalition-sandbox-'));
    const profile = mkdtempSync(join(tmpdir(), 'coalition-chromium-'));
    folders.push(data, profile);
    sandbox = await startSandbox({
      config: sandboxTestConfig(join(data, 'sandbox.db')),
      createApp,
      logger: createLogger('silent'),
    });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    // CI machines are shared and slow at times: wait long rather than fail on a busy minute.
    page.setDefaultTimeout(180_000);
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await sandbox?.close();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  /** Clicks, then waits until the page has sent the request and rendered the answer. */
  async function press(target: Locator): Promise<void> {
    await target.click();
    await page.waitForFunction('!document.body.hasAttribute("aria-busy")', undefined, { timeout: 180_000 });
  }

  /** Picks a person in the "You are" switcher; the page reloads as them. */
  async function becomes(name: RegExp): Promise<void> {
    const select = page.getByLabel('You are');
    const value = (await select.locator('option', { hasText: name }).getAttribute('value')) ?? '';
    await Promise.all([page.waitForURL(new RegExp(`as=${value}`)), select.selectOption(value)]);
  }

  const notice = () => page.getByRole('status').innerText();

  it('runs a week of coalition life', async () => {
    await page.goto(sandbox.url);
    expect(await page.getByRole('textbox', { name: 'Message #northfield-coalition' }).count()).toBe(1);

    // A partner: the next prompt arrives in their DM, and they open the check-in from its button.
    await becomes(/^Priya Nair/);
    await page.getByRole('link', { name: 'Coalition (app)' }).click();
    await page.getByRole('textbox', { name: 'Message Coalition' }).waitFor();
    // A task's due-date reminder may come first, depending on the weekday the sandbox starts on.
    let step = 0;
    do {
      await press(page.getByRole('button', { name: 'Advance to the next event' }));
      step += 1;
    } while (step < 6 && !/a DM to Priya Nair: .*check-in/.test(await notice()));
    expect(await notice()).toMatch(/a DM to Priya Nair: .*check-in/);
    await press(page.getByRole('button', { name: 'Check in', exact: true }).last());
    const dialog = page.getByRole('dialog', { name: 'Check-in' });
    await dialog.waitFor();

    // An identifying detail comes back as a field error beside its input, keeping what was typed.
    const progress = dialog.getByRole('textbox', { name: /since last time/ });
    await progress.fill('Rang the family on 07700 900123 to check they got home');
    await press(dialog.getByRole('button', { name: 'Send' }));
    const describedBy = (await progress.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error')) ?? 'none';
    expect(await page.locator(`[id="${errorId}"]`).innerText()).toMatch(/phone/i);
    expect(await progress.inputValue()).toBe('Rang the family on 07700 900123 to check they got home');
    await page.screenshot({ path: join(SCREENSHOTS, 'modal.png') });

    await progress.fill('Finished the health section of the referral pathway leaflet');
    await dialog.getByRole('textbox', { name: /A win, however small/ }).fill('The youth panel approved the leaflet');
    await dialog.getByRole('checkbox', { name: 'Share my win in the coalition channel' }).check();
    await press(dialog.getByRole('button', { name: 'Send' }));
    expect(await dialog.count()).toBe(0);

    // The coordinator moves time on to the close and finds the digest, with the answer in its thread.
    await becomes(/^Amara Okafor/);
    await page.getByRole('link', { name: '#northfield-coalition' }).click();
    await page.getByRole('textbox', { name: 'Message #northfield-coalition' }).waitFor();
    let digestPosted = false;
    for (let step = 0; step < 30 && !digestPosted; step += 1) {
      await press(page.getByRole('button', { name: 'Advance to the next event' }));
      digestPosted = /a message in #northfield-coalition: .*checked in/.test(await notice());
    }
    expect(digestPosted).toBe(true);
    const digest = page.locator('.messages > article.message', { hasText: /checked in/ }).last();
    await digest.locator('summary').click();
    expect(await digest.locator('.thread-replies').innerText()).toContain(
      'Finished the health section of the referral pathway leaflet',
    );

    // A celebration of the shared win gets a reaction.
    const celebration = page.locator('article.message', { hasText: 'The youth panel approved the leaflet' }).first();
    await celebration.getByRole('button', { name: 'Add reaction' }).click();
    await press(page.getByRole('button', { name: 'React with tada' }));
    const reacted = page
      .locator('article.message', { hasText: 'The youth panel approved the leaflet' })
      .first()
      .getByRole('button', { name: /tada reaction, \d+, including you/ });
    expect(await reacted.count()).toBe(1);
    // An open thread stays open when the page renders again.
    expect(await digest.locator('details.thread').getAttribute('open')).not.toBeNull();
    await page.screenshot({ path: join(SCREENSHOTS, 'channel.png') });

    // App Home, as the coordinator sees it.
    await page.getByRole('link', { name: 'Home' }).click();
    await page.locator('.home-view').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'home.png') });
  }, 900_000);
});
