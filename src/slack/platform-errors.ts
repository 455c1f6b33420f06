/** The `error` string of a Slack Web API `ok:false` answer (web-api's platform error), if that is what this is. */
export function platformErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = error as { code?: unknown; data?: { error?: unknown } };
  if (candidate.code !== 'slack_webapi_platform_error') return undefined;
  return typeof candidate.data?.error === 'string' ? candidate.data.error : undefined;
}
