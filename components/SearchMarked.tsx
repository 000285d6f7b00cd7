import type { Piece } from '@/lib/search/highlight';

/** Text with the parts that matched the query in <mark>. */
export function SearchMarked({ pieces }: { pieces: Piece[] }) {
  return (
    <>
      {pieces.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
