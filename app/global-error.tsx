'use client';

/**
 * Shown only if the root layout itself fails. Replaces Next's default (which ships its own styles and
 * icon to every page): a plain Chinese message and a way back, with no styles of its own.
 */
export default function GlobalError() {
  return (
    <html lang="zh-CN">
      <body>
        <h1>页面出错了</h1>
        <p>请刷新页面再试一次。</p>
        <p>
          <a href="/">回到首页</a>
        </p>
      </body>
    </html>
  );
}
