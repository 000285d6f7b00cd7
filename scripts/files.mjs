import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (its full path), for the post-build steps that go over the export. */
export function filesUnder(dir, files = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(full, files);
    else files.push(full);
  }
  return files;
}
