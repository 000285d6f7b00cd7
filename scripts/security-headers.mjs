/**
 * The deployment's response headers, read from the files nginx includes, for the local server
 * (scripts/serve.mjs) and the tests: every `add_header Name "value"` line of
 * deploy/security-headers.conf and of the build's CSP header (out/.csp-header.conf, written by
 * scripts/csp.mjs), so that `npm start` answers with exactly what nginx sends.
 */
import fs from 'node:fs';
import path from 'node:path';

const ADD_HEADER = /^\s*add_header\s+(\S+)\s+"([^"]*)"/gm;
export const CSP_HEADER_FILE = '.csp-header.conf';

/** Name → value of every add_header line of an nginx include file. */
export function parseAddHeaders(text) {
  return Object.fromEntries([...text.matchAll(ADD_HEADER)].map((m) => [m[1], m[2]]));
}

/** The security headers of the export in `root` (the CSP header only once a build has written it). */
export function securityHeaders(root) {
  const shared = fs.readFileSync(new URL('../deploy/security-headers.conf', import.meta.url), 'utf8');
  const cspFile = path.join(root, CSP_HEADER_FILE);
  const csp = fs.existsSync(cspFile) ? fs.readFileSync(cspFile, 'utf8') : '';
  return { ...parseAddHeaders(shared), ...parseAddHeaders(csp) };
}
