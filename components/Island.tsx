import type { ReactNode } from 'react';
import { ISLAND_ATTRIBUTE, islandPropsId, jsonForScript, type IslandName } from '@/lib/ui/island';

/**
 * Marks where an island (lib/ui/island.ts) mounts and leaves its props in the page as a JSON data
 * block (never executed: no Content-Security-Policy exception needed). `children` is what the page
 * shows before the island's script runs: a React component's own first render, which
 * islands/<name>.tsx then hydrates, or plain markup that islands/<name>.ts fills in (the search page).
 */
export function Island<P extends object>({ name, props, children }: { name: IslandName; props: P; children: ReactNode }) {
  return (
    <>
      <script type="application/json" id={islandPropsId(name)} dangerouslySetInnerHTML={{ __html: jsonForScript(props) }} />
      <div {...{ [ISLAND_ATTRIBUTE]: name }}>{children}</div>
    </>
  );
}
