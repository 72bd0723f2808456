// The organisation chart of /co-cau-to-chuc: the agency (named from the settings) and its units as
// nested lists, each with its current head. No hooks, so the newsroom's preview renders it too.
import type { Chart, ChartHead, ChartNode } from '@/lib/agency/chart';
import { sinceMonth } from '@/lib/agency/chart';

type Locale = 'vi' | 'en';
interface Labels {
  since: (month: string) => string;
  vacant: string;
}

function local(vi: string, en: string, locale: Locale): { text: string; lang?: string } {
  return locale === 'en' && en.trim() ? { text: en } : { text: vi, lang: locale === 'en' ? 'vi' : undefined };
}

function Head({ head, locale, labels }: { head: ChartHead | null; locale: Locale; labels: Labels }) {
  if (!head) return <p className="text-sm text-muted">{labels.vacant}</p>;
  const title = local(head.title, head.titleEn, locale);
  return (
    <p className="text-sm text-gray-800">
      <span className="font-semibold">{head.fullName}</span>, <span lang={title.lang}>{title.text}</span> ({labels.since(sinceMonth(head.since))})
    </p>
  );
}

function Units({ nodes, locale, href, labels }: { nodes: ChartNode[]; locale: Locale; href: (path: string) => string; labels: Labels }) {
  return (
    <ul className="mt-2 grid gap-2 border-l-2 border-line pl-4">
      {nodes.map((n) => {
        const name = local(n.name, n.nameEn, locale);
        return (
          <li key={n.id}>
            <a href={href(`/don-vi/${n.slug}`)} lang={name.lang} className="font-semibold text-blue-800 underline hover:text-brand">
              {name.text}
            </a>
            <Head head={n.head} locale={locale} labels={labels} />
            {n.children.length ? <Units nodes={n.children} locale={locale} href={href} labels={labels} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function OrganisationChart({
  chart,
  agency,
  locale,
  href,
  labels,
}: {
  chart: Chart;
  agency: { text: string; lang?: string };
  locale: Locale;
  href: (path: string) => string;
  labels: Labels;
}) {
  return (
    <div className="mt-3" data-testid="so-do-to-chuc">
      <p lang={agency.lang} className="text-lg font-bold text-brand-dark">
        {agency.text}
      </p>
      {chart.root ? <Head head={chart.root.head} locale={locale} labels={labels} /> : null}
      {chart.units.length ? <Units nodes={chart.units} locale={locale} href={href} labels={labels} /> : null}
    </div>
  );
}
