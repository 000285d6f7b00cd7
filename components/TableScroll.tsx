import type { ReactNode } from 'react';
import { TABLE_BOX_ATTRIBUTE, TABLE_CUE } from '@/lib/content/table-box';

/**
 * A table that may be wider than the screen: it scrolls sideways inside its own box, which is a
 * named region the keyboard can scroll, and “← 左右滑动看全表 →” shows above it whenever it does
 * not fit (lib/ui/table.ts; islands/table-cue.ts).
 */
export function TableScroll({ label, className = '', children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`table-box ${className}`} {...{ [TABLE_BOX_ATTRIBUTE]: '' }}>
      <p className="table-cue" aria-hidden="true">
        {TABLE_CUE}
      </p>
      <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
