import Link from '@/components/Link';

export const DISCLAIMER = '本站内容整理自各地医保部门公开资料，仅供参考，以当地医保经办机构解释为准';

export function SiteFooter({ sources }: { sources: { title: string; publisher: string; date: string }[] }) {
  return (
    <footer className="mt-10 border-t border-slate-300 bg-white">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-muted">
        <p className="font-bold text-ink">{DISCLAIMER}</p>
        {/* 长辈版 leaves the list out (elder-hide): the link below opens it on /sources/. */}
        <div className="elder-hide">
          <h2 className="mt-4 font-bold text-ink">资料来源</h2>
          <ul className="mt-1 list-disc pl-5">
            {sources.map((s) => (
              <li key={s.title}>
                {s.publisher}《{s.title}》（{s.date}）
              </li>
            ))}
          </ul>
        </div>
        <p className="mt-3">
          <Link href="/sources/" className="tap inline-flex items-center underline">
            查看各文件的说明和勘误
          </Link>
        </p>
        <p className="mt-2">您在本站输入的内容只在您的手机上处理，不会发送到任何地方。</p>
      </div>
    </footer>
  );
}
