import type { ArticleCard as Card } from '@/lib/data/public/cards';
import { ArticleCard } from './article-card';

/** A list of stories under an h1 or h2; says so when there is none. */
export function CardList({ articles, empty, headingLevel = 2 }: { articles: Card[]; empty: string; headingLevel?: 2 | 3 }) {
  if (articles.length === 0) return <p className="py-10 text-muted">{empty}</p>;
  return (
    <div className="mt-2">
      {articles.map((a) => (
        <ArticleCard key={a.id} article={a} variant="list" headingLevel={headingLevel} />
      ))}
    </div>
  );
}
