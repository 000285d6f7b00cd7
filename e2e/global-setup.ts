import fs from 'node:fs';
import path from 'node:path';
import type { FullConfig } from '@playwright/test';

/**
 * Before any test: the server the tests will talk to really serves this worktree's build.
 *
 * Outside CI, playwright.config.ts reuses a server already listening on the port. On a machine where
 * several checkouts build and test side by side, that server may serve another checkout's out/, or
 * this out/ with the response headers of an older build (nginx reads out/.csp-header.conf when it
 * starts: after a rebuild its Content-Security-Policy lacks the new inline scripts' hashes, and they
 * are blocked). Tests would then pass or fail with whatever that server has — failures that come and
 * go with other people's servers. This check turns that into one clear error instead.
 * Skipped with E2E_BASE_URL (testing a deployment on purpose).
 */
export default async function globalSetup(config: FullConfig): Promise<void> {
  if (process.env.E2E_BASE_URL) return;
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) return;
  const out = path.resolve(__dirname, '..', 'out');
  const local = JSON.parse(fs.readFileSync(path.join(out, 'precache-manifest.json'), 'utf8')) as { version: string };
  const response = await fetch(`${baseURL}/precache-manifest.json`, { headers: { connection: 'close' } });
  const served = response.ok ? ((await response.json()) as { version?: string }).version : `HTTP ${response.status}`;
  const restart = `Stop it (or choose another port with E2E_PORT) and run the tests again: they start their own server.`;
  if (served !== local.version) {
    throw new Error(`The server on ${baseURL} does not serve this build (out/ ${local.version}, served ${served}). ${restart}`);
  }
  const page = await fetch(`${baseURL}/`, { headers: { connection: 'close' } });
  const header = page.headers.get('content-security-policy') ?? '';
  const conf = fs.readFileSync(path.join(out, '.csp-header.conf'), 'utf8');
  const policy = /Content-Security-Policy "([^"]+)"/.exec(conf)?.[1] ?? '';
  if (policy && header !== policy) {
    throw new Error(`The server on ${baseURL} sends the Content-Security-Policy of another build (it read out/.csp-header.conf before the last build). ${restart}`);
  }
}
