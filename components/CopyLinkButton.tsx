'use client';

import { useState } from 'react';

/** Copies the current page's address, for sharing an answer in WeChat. */
export function CopyLinkButton({ label = '复制链接' }: { label?: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('链接已复制，可以粘贴到微信发给家人');
    } catch {
      setStatus(`请长按复制：${url}`);
    }
  };
  return (
    <div className="no-print">
      <button
        type="button"
        onClick={copy}
        className="tap rounded-lg border border-brand-600 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50"
      >
        {label}
      </button>
      <p role="status" className="mt-1 min-h-5 text-sm text-muted">
        {status}
      </p>
    </div>
  );
}
