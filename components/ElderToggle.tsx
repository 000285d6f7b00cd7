'use client';

import { useEffect, useState } from 'react';
import { ELDER_STORAGE_KEY } from '@/lib/ui/elder';

/** 长辈版 switch: larger text and tap targets, remembered in localStorage (never sent anywhere). */
export function ElderToggle() {
  const [on, setOn] = useState(false);
  useEffect(() => setOn(document.documentElement.dataset.elder === '1'), []);
  const toggle = () => {
    const next = !on;
    setOn(next);
    if (next) document.documentElement.dataset.elder = '1';
    else delete document.documentElement.dataset.elder;
    try {
      localStorage.setItem(ELDER_STORAGE_KEY, next ? '1' : '0');
    } catch {
      /* private mode: the switch still works for this page */
    }
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={on}
      className="tap rounded-lg border border-white/70 px-3 text-sm font-bold text-white hover:bg-white/10"
    >
      {on ? '标准版' : '长辈版'}
    </button>
  );
}
