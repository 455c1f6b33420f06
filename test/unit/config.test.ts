import { describe, expect, it } from 'vitest';
import { chooseStart, loadConfig } from '../../src/config.js';

const valid = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret' };

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const result = loadConfig(valid);
    expect(result).toMatchObject({
      ok: true,
      config: {
        port: 3000,
        databasePath: './data/coalition.db',
        logLevel: 'info',
        defaultTimezone: 'Europe/London',
        slack: { mode: 'http', apiUrl: undefined },
      },
    });
  });

  it('uses Socket Mode when an app token is set, and then needs no signing secret', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-1-test' });
    expect(result.ok && result.config.slack.mode).toBe('socket');
  });

  it('passes SLACK_API_URL through', () => {
    const result = loadConfig({ ...valid, SLACK_API_URL: 'http://127.0.0.1:9999/api/' });
    expect(result.ok && result.config.slack.apiUrl).toBe('http://127.0.0.1:9999/api/');
  });

  it.each([
    ['bot token of the wrong kind', { ...valid, SLACK_BOT_TOKEN: 'xoxp-user' }, 'SLACK_BOT_TOKEN'],
    ['app token of the wrong kind', { ...valid, SLACK_APP_TOKEN: 'xoxb-nope' }, 'SLACK_APP_TOKEN'],
    ['port that is not a number', { ...valid, PORT: 'eighty' }, 'PORT'],
    ['port out of range', { ...valid, PORT: '70000' }, 'PORT'],
    ['unknown log level', { ...valid, LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    ['timezone that does not exist', { ...valid, DEFAULT_TIMEZONE: 'Mars/Olympus' }, 'DEFAULT_TIMEZONE'],
    ['API URL that is not a URL', { ...valid, SLACK_API_URL: 'slack' }, 'SLACK_API_URL'],
    ['HTTP mode with no signing secret', { SLACK_BOT_TOKEN: 'xoxb-test' }, 'SLACK_SIGNING_SECRET'],
  ])('rejects a %s, naming the variable', (_name, env, variable) => {
    const result = loadConfig(env);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(variable);
  });

  it('lists every problem at once, not just the first', () => {
    const result = loadConfig({ SLACK_BOT_TOKEN: 'bad', PORT: 'x', LOG_LEVEL: 'loud' });
    const message = result.ok ? '' : result.message;
    for (const variable of ['SLACK_BOT_TOKEN', 'PORT', 'LOG_LEVEL', 'SLACK_SIGNING_SECRET'])
      expect(message).toContain(variable);
  });

  it('explains how to create the app when no token is set at all', () => {
    const result = loadConfig({});
    expect(!result.ok && result.message).toMatch(/manifest\.yml/);
    expect(!result.ok && result.message).toMatch(/README/);
  });
});

describe('chooseStart', () => {
  it('starts the local sandbox when no Slack token is set outside production, on its own database', () => {
    const choice = chooseStart({ DATABASE_PATH: './data/coalition.db' }, { sandbox: false });
    expect(choice).toMatchObject({
      kind: 'sandbox',
      reason: 'no-token',
      config: { port: 3000, databasePath: './data/sandbox.db', logLevel: 'warn' },
    });
  });

  it('keeps the configuration error in production when no token is set', () => {
    const choice = chooseStart({ NODE_ENV: 'production' }, { sandbox: false });
    expect(choice.kind).toBe('invalid');
    expect(choice.kind === 'invalid' && choice.message).toMatch(/Configuration is not valid[\s\S]*SLACK_BOT_TOKEN/);
  });

  it('uses Slack when a token is set, and the sandbox whenever it is asked for', () => {
    expect(chooseStart(valid, { sandbox: false }).kind).toBe('slack');
    expect(chooseStart({ ...valid, NODE_ENV: 'production' }, { sandbox: true })).toMatchObject({
      kind: 'sandbox',
      reason: 'asked',
    });
  });

  it('takes PORT for the sandbox page and refuses a sandbox database that is the production one', () => {
    expect(chooseStart({ PORT: '4123' }, { sandbox: true })).toMatchObject({ config: { port: 4123 } });
    const same = chooseStart({ SANDBOX_DATABASE_PATH: 'data/x.db', DATABASE_PATH: './data/x.db' }, { sandbox: true });
    expect(same.kind === 'invalid' && same.message).toMatch(/SANDBOX_DATABASE_PATH/);
  });
});
