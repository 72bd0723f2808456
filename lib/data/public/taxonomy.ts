import 'server-only';
import { and, asc, count, desc, eq, exists, isNotNull, isNull, lte, or, gte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
// Reader queries tolerate replication lag: a read replica serves them when DATABASE_READ_URL is set.
import { readerDb as db } from '@/db/client';
import { articlePeople, articles, articleTags, people, positions, revisions, tags, units } from '@/db/schema';
import { vietnamDay } from '@/lib/time/format';
import { publicCards, publicCardsOf, toCards, type ArticleCard, type CardRow } from './cards';
import { isPublic } from './filter';

export const LIST_PAGE_SIZE = 12;
/** Up to this many story links, a person page looks up the person's stories by id (see publicPersonPage). */
const FEW_STORIES = 1000;

export interface PagedCards {
  articles: ArticleCard[];
  page: number;
  pageCount: number;
  total: number;
}

/** The page asked for: 1 unless it is a whole number from 1 up. */
const pageOf = (page: number) => (Number.isInteger(page) && page >= 1 ? page : 1);

async function toPage(rows: CardRow[], current: number, total: number): Promise<PagedCards> {
  return { articles: await toCards(rows), page: current, pageCount: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)), total };
}

async function pagedCards(where: SQL, page: number): Promise<PagedCards> {
  const current = pageOf(page);
  const [rows, [totals]] = await Promise.all([
    publicCards(where).limit(LIST_PAGE_SIZE).offset((current - 1) * LIST_PAGE_SIZE),
    db.select({ total: count() }).from(articles).where(and(isPublic(), where)),
  ]);
  return toPage(rows, current, totals?.total ?? 0);
}

/**
 * Public stories with a tag, newest first; null when the tag does not exist or no public story carries
 * it (publicStoryWith).
 *
 * The page is read off the tag's own rows in date order (article_tags mirrors each story's date and
 * visibility, migration 0008), so a tag with five stories from 2019 costs as little as one with five
 * from today; walking the whole archive's newest-first index for them took 200 ms at 100,000 stories.
 * The cards still pass isPublic().
 */
/**
 * A public story linked through `link` (article_tags, article_people) to the given tag or person.
 * A tag or person exists for readers only through such a story: one used only on a draft, an
 * embargoed or a withdrawn story must not have a page, a title or a sitemap entry with its name.
 */
function publicStoryWith(link: typeof articleTags | typeof articlePeople, column: AnyColumn, id: AnyColumn) {
  return db
    .select({ one: sql`1` })
    .from(link)
    .innerJoin(articles, eq(articles.id, link.articleId))
    .where(and(eq(column, id), isPublic()));
}

export async function publicTagPage(slug: string, page: number): Promise<({ tag: { slug: string; name: string } } & PagedCards) | null> {
  const [tag] = await db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(and(eq(tags.slug, slug), exists(publicStoryWith(articleTags, articleTags.tagId, tags.id))))
    .limit(1);
  if (!tag) return null;
  const current = pageOf(page);
  const shown = and(eq(articleTags.tagId, tag.id), isNotNull(articleTags.visibleFrom), lte(articleTags.visibleFrom, sql`now()`));
  const [ids, [totals]] = await Promise.all([
    db
      .select({ id: articleTags.articleId })
      .from(articleTags)
      .where(shown)
      .orderBy(sql`${articleTags.publishedAt} desc nulls first`, articleTags.articleId)
      .limit(LIST_PAGE_SIZE)
      .offset((current - 1) * LIST_PAGE_SIZE),
    db.select({ total: count() }).from(articleTags).where(shown),
  ]);
  const rows = await publicCardsOf(ids.map((r) => r.id));
  return { tag: { slug: tag.slug, name: tag.name }, ...(await toPage(rows, current, totals?.total ?? 0)) };
}

export interface PersonPosition {
  title: string;
  unit: { slug: string; name: string } | null;
  startsOn: string;
  endsOn: string | null;
}

/**
 * A person is public through a public story naming them, or through a position already begun on
 * `today` (the unit pages list today's holders). Someone entered in the registry only for a draft,
 * or for an appointment not yet in force, has no page: that would announce it early. Also the rule
 * of the people suggested in the search box (lib/data/search/suggest-people.ts).
 */
export function personIsPublic(today: string): SQL {
  const begun = db
    .select({ one: sql`1` })
    .from(positions)
    .where(and(eq(positions.personId, people.id), lte(positions.startsOn, today)));
  return or(exists(begun), exists(publicStoryWith(articlePeople, articlePeople.personId, people.id)))!;
}

/** A person of the registry, their positions begun so far (newest first) and the public stories naming them. */
export async function publicPersonPage(
  slug: string,
  page: number,
  fewStories: number = FEW_STORIES,
): Promise<({ person: { slug: string; fullName: string; bio: string; positions: PersonPosition[]; currentTitle: string | null } } & PagedCards) | null> {
  const today = vietnamDay(new Date());
  const [person] = await db
    .select()
    .from(people)
    .where(and(eq(people.slug, slug), personIsPublic(today)))
    .limit(1);
  if (!person) return null;
  const positionRows = await db
    .select({ title: positions.title, startsOn: positions.startsOn, endsOn: positions.endsOn, unitSlug: units.slug, unitName: units.name })
    .from(positions)
    .leftJoin(units, eq(units.id, positions.unitId))
    .where(and(eq(positions.personId, person.id), lte(positions.startsOn, today)))
    .orderBy(desc(positions.startsOn));
  const current = positionRows.find((p) => p.startsOn <= today && (!p.endsOn || p.endsOn >= today));
  // Someone named in a few stories: fetch their story ids first and look those up. Walking the
  // archive newest-first for them (what the planner picks when it guesses the person is common) took
  // 110-200 ms at 100,000 stories for someone in three old stories, 0.2 ms this way. For someone
  // in thousands of stories the walk finds a page quickly and the id list would not.
  const [{ named } = { named: 0 }] = await db.select({ named: count() }).from(articlePeople).where(eq(articlePeople.personId, person.id));
  const theirs = db.select({ id: articlePeople.articleId }).from(articlePeople).where(eq(articlePeople.personId, person.id));
  const where =
    named <= fewStories
      ? sql`${articles.id} = any(array(${theirs}))`
      : sql`exists (select 1 from ${articlePeople} where ${articlePeople.articleId} = ${articles.id} and ${articlePeople.personId} = ${person.id})`;
  return {
    person: {
      slug: person.slug,
      fullName: person.fullName,
      bio: person.bio,
      currentTitle: current?.title ?? null,
      positions: positionRows.map((p) => ({
        title: p.title,
        unit: p.unitSlug && p.unitName ? { slug: p.unitSlug, name: p.unitName } : null,
        startsOn: p.startsOn,
        endsOn: p.endsOn,
      })),
    },
    ...(await pagedCards(where, page)),
  };
}

export interface UnitSummary {
  slug: string;
  name: string;
  shortName: string;
}

export interface UnitPage extends PagedCards {
  unit: UnitSummary & { description: string; parent: UnitSummary | null; children: UnitSummary[] };
  people: Array<{ slug: string; fullName: string; title: string }>;
}

/** A unit, its parent and sub-units, the people holding a position there today, and the meetings it organised. */
export async function publicUnitPage(slug: string, page: number): Promise<UnitPage | null> {
  const [unit] = await db.select().from(units).where(eq(units.slug, slug)).limit(1);
  if (!unit) return null;
  const today = vietnamDay(new Date());
  const summary = { slug: units.slug, name: units.name, shortName: units.shortName };
  const [parentRows, children, staff] = await Promise.all([
    unit.parentId ? db.select(summary).from(units).where(eq(units.id, unit.parentId)).limit(1) : Promise.resolve([]),
    db.select(summary).from(units).where(eq(units.parentId, unit.id)).orderBy(asc(units.name)),
    db
      .select({ slug: people.slug, fullName: people.fullName, title: positions.title })
      .from(positions)
      .innerJoin(people, eq(people.id, positions.personId))
      .where(and(eq(positions.unitId, unit.id), lte(positions.startsOn, today), or(isNull(positions.endsOn), gte(positions.endsOn, today))))
      .orderBy(asc(positions.startsOn), asc(people.fullName)),
  ]);
  // Meeting reports name their organising unit in the live revision.
  const where = sql`(${revisions.meeting} ->> 'organiserUnitId') = ${unit.id}`;
  return {
    unit: { slug: unit.slug, name: unit.name, shortName: unit.shortName, description: unit.description, parent: parentRows[0] ?? null, children },
    people: staff,
    ...(await pagedCardsWithRevision(where, page)),
  };
}

/** Like pagedCards, for a condition on the live revision (the count joins it too). */
async function pagedCardsWithRevision(where: SQL, page: number): Promise<PagedCards> {
  const current = pageOf(page);
  const [rows, [totals]] = await Promise.all([
    publicCards(where).limit(LIST_PAGE_SIZE).offset((current - 1) * LIST_PAGE_SIZE),
    db
      .select({ total: count() })
      .from(articles)
      .innerJoin(revisions, eq(revisions.id, articles.liveRevisionId))
      .where(and(isPublic(), where)),
  ]);
  return toPage(rows, current, totals?.total ?? 0);
}
