import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createListeners, type ListenerDeps } from '../../src/slack/listeners/index.js';

const manifestText = readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8');
const manifest = parse(manifestText) as {
  features: { slash_commands: Array<{ command: string; should_escape?: boolean }> };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
};

/** The ids the real listeners are registered under: every request reaches them through one routing step. */
function registered() {
  return createListeners({} as ListenerDeps).ids;
}

describe('manifest.yml', () => {
  it('is valid against Slack’s manifest schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../fixtures/slack/manifest.schema.json', import.meta.url), 'utf8'));
    // The schema uses non-standard keywords (_note, regex, requires), so strict mode must be off.
    const ajv = new Ajv({ strict: false, allErrors: true });
    // ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
    (formats as unknown as { default: (ajv: Ajv) => void }).default(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(JSON.parse(JSON.stringify(manifest)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('lists exactly the slash commands the code listens to', () => {
    const inManifest = manifest.features.slash_commands.map((command) => command.command).sort();
    expect(inManifest).toEqual([...new Set(registered().commands)].sort());
  });

  it('subscribes to exactly the events the code listens to', () => {
    // Bolt's single 'message' listener is subscribed per conversation type in the manifest.
    const expected = registered().events.flatMap((event) =>
      event === 'message' ? ['message.channels', 'message.groups'] : [event],
    );
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...new Set(expected)].sort());
  });

  it('enables interactivity when there are action or view listeners', () => {
    const { actions, views } = registered();
    if (actions.length + views.length > 0) {
      expect(manifest.settings.interactivity.is_enabled).toBe(true);
    }
  });

  it('asks Slack to escape mentions in every command', () => {
    for (const command of manifest.features.slash_commands) expect(command.should_escape).toBe(true);
  });

  it('says why it needs each bot scope, in a comment above it', () => {
    const lines = manifestText.split('\n');
    const indent = (line: string) => line.length - line.trimStart().length;
    const start = lines.findIndex((line) => line.trim() === 'bot:');
    expect(start).toBeGreaterThan(-1);
    const after = lines.findIndex(
      (line, index) =>
        index > start &&
        line.trim() !== '' &&
        !line.trim().startsWith('#') &&
        indent(line) <= indent(lines[start] ?? ''),
    );
    const block = lines.slice(start + 1, after === -1 ? undefined : after);
    const scopeIndexes = block.flatMap((line, index) => (/^\s*- /.test(line) ? [index] : []));
    expect(scopeIndexes.length).toBe(manifest.oauth_config.scopes.bot.length);
    const uncommented = scopeIndexes
      .filter((index) => !/^#\s*\S/.test(block[index - 1]?.trim() ?? ''))
      .map((index) => block[index]?.trim());
    expect(uncommented, 'bot scopes without a comment above them saying why').toEqual([]);
  });
});
