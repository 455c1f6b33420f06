import { createRequire } from 'node:module';
import type { App as BoltApp, LogLevel as BoltLogLevel } from '@slack/bolt';

// Bolt's index loads every receiver it ships (Express, AWS Lambda, Socket Mode) and the OAuth installer to
// re-export them: 175 ms of a start. The app needs App alone (whose own file brings the HTTP receiver), so it is
// loaded from there; everything else of Bolt's is imported as types only, which cost nothing at run time. Required
// rather than imported: an ES import of a CommonJS default export differs between Node and the test runner.
const appModule = createRequire(import.meta.url)('@slack/bolt/dist/App.js') as {
  default: typeof BoltApp;
  LogLevel: typeof BoltLogLevel;
};

export const App = appModule.default;
export type App = BoltApp;
export const LogLevel = appModule.LogLevel;
