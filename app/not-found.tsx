import Link from '@/components/Link';

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">没有找到这个页面</h1>
      <p className="mt-2 text-muted">链接可能输错了，或者这个问答已经调整了位置。您可以：</p>
      <ul className="mt-3 space-y-2">
        <li>
          <Link href="/" className="tap inline-flex items-center font-bold text-brand-700 underline">
            回到首页，选择您参保的地方
          </Link>
        </li>
        <li>
          <Link href="/topics/" className="tap inline-flex items-center font-bold text-brand-700 underline">
            按主题浏览全部问答
          </Link>
        </li>
        <li>
          <Link href="/contacts/" className="tap inline-flex items-center font-bold text-brand-700 underline">
            查找医保咨询电话
          </Link>
        </li>
      </ul>
    </>
  );
}
