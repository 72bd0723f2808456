import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { articleAuthors, articles, articleWorkingSearch, revisions, sections, users } from '@/db/schema';
import type { Viewer } from '@/lib/policy/roles';
import { readsEveryArticle } from '@/lib/policy/workflow';
import { vietnamDayEnd, vietnamDayStart } from '@/lib/search/params';
import { parseSearchQuery } from '@/lib/search/parse-query';
import { rankPlan, type RankPlan } from '@/lib/search/rank-plan';
import {
  STAFF_LIST_MAX_PAGE_SIZE,
  STAFF_LIST_PAGE_SIZE,
  STAFF_RANK_POOL,
  type ArticleKindFilter,
  type StaffListDateField,
  type StaffListSort,
} from '@/lib/search/staff-list';
import { STATES, type State } from '@/lib/workflow/transition';
import { DataError } from '../errors';
import { searchAbbreviationList } from '../search/abbreviations';
import { planMatches, planPairsAdjacent, planRank, WORKING_SEARCH_COLUMNS } from '../search/ranked-search';

export interface ArticleListFilters {
  /** Words in the working copy's title, sapo or body; diacritics ignored both ways. */
  q?: string;
  /** Comma-separated states. */
  status?: string;
  /** Section slug or id. */
  section?: string;
  /** User id or email: stories they created or are credited on. */
  author?: string;
  kind?: ArticleKindFilter;
  /** Inclusive Vietnamese days, YYYY-MM-DD, on `dateField`. */
  from?: string;
  to?: string;
  dateField?: StaffListDateField;
  /** Default: relevance with a query, newest without. */
  sort?: StaffListSort;
  page?: number;
  pageSize?: number;
}

export interface StaffArticleListItem {
  id: string;
  slug: string;
  kind: ArticleKindFilter;
  status: State;
  version: number;
  title: string;
  section: string | null;
  authorName: string | null;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
}

export interface StaffArticleList {
  items: StaffArticleListItem[];
  page: number;
  pageSize: number;
  /** Matching stories; with relevance order, at most STAFF_RANK_POOL (see `capped`). */
  total: number;
  /** Relevance ranked only the newest STAFF_RANK_POOL of more matches. */
  capped: boolean;
  /** The order used (relevance falls back to newest without a query). */
  sort: StaffListSort;
}

const DATE_COLUMNS = { updated: articles.updatedAt, created: articles.createdAt, published: articles.publishedAt } as const;

/**
 * The newsroom story list and its search. What a viewer may list follows canReadArticle(): editors,
 * leaders and admins every story, others only those they created or are credited on (in the WHERE).
 * Searches the working copy (current revision) through article_working_search, whatever the state,
 * with the readers' word-aware matching and ranking (lib/data/search/ranked-search.ts, the same plan
 * with the admins' abbreviations): "kinh tế" typed ranks a story holding "kinh tế" above one with
 * "kinh" and "tế" apart, "Đà Nẵng" the city above "đã ... năng".
 */
export async function listStaffArticles(viewer: Viewer, filters: ArticleListFilters = {}): Promise<StaffArticleList> {
  if (viewer.kind === 'anonymous' || (viewer.kind === 'user' && viewer.roles.length === 0)) throw new DataError('unauthenticated', 'Hãy đăng nhập.');
  const conditions: SQL[] = [];
  if (!readsEveryArticle(viewer)) {
    const me = viewer.kind === 'user' ? viewer.id : '';
    conditions.push(
      or(eq(articles.createdBy, me), sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.userId} = ${me})`)!,
    );
  }
  if (filters.status) {
    const wanted = filters.status.split(',').filter((s): s is State => (STATES as readonly string[]).includes(s));
    if (wanted.length === 0) throw new DataError('invalid', `status: trạng thái không hợp lệ. Dùng một hoặc vài giá trị (cách nhau bằng dấu phẩy): ${STATES.join(', ')}.`);
    conditions.push(inArray(articles.status, wanted));
  }
  if (filters.section) {
    conditions.push(sql`${articles.sectionId} in (select ${sections.id} from ${sections} where ${sections.slug} = ${filters.section} or ${sections.id}::text = ${filters.section})`);
  }
  if (filters.author) {
    const who = sql`(select ${users.id} from ${users} where ${users.id}::text = ${filters.author} or lower(${users.email}) = ${filters.author.toLowerCase()})`;
    conditions.push(
      or(
        sql`${articles.createdBy} in ${who}`,
        sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.userId} in ${who})`,
      )!,
    );
  }
  if (filters.kind) conditions.push(eq(articles.kind, filters.kind));
  const dateField = filters.dateField ?? 'updated';
  const dateColumn = DATE_COLUMNS[dateField];
  if (filters.from) conditions.push(gte(dateColumn, vietnamDayStart(filters.from)));
  if (filters.to) conditions.push(lt(dateColumn, vietnamDayEnd(filters.to)));

  let query: RankPlan | null = null;
  if (filters.q !== undefined && filters.q.trim() !== '') {
    const parsed = parseSearchQuery(filters.q);
    // Only punctuation: nothing to look for, so nothing matches (rather than every story).
    if (parsed.terms.length === 0) conditions.push(sql`false`);
    else {
      query = rankPlan(parsed, await searchAbbreviationList());
      conditions.push(planMatches(query, WORKING_SEARCH_COLUMNS));
    }
  }

  const pageSize = Math.min(STAFF_LIST_MAX_PAGE_SIZE, Math.max(1, filters.pageSize ?? STAFF_LIST_PAGE_SIZE));
  const page = Math.max(1, filters.page ?? 1);
  const offset = (page - 1) * pageSize;
  const sort: StaffListSort = filters.sort === 'relevance' && !query ? 'newest' : (filters.sort ?? (query ? 'relevance' : 'newest'));
  const where = conditions.length ? and(...conditions) : undefined;

  const columns = {
    id: articles.id,
    slug: articles.slug,
    kind: articles.kind,
    status: articles.status,
    version: articles.version,
    title: revisions.title,
    section: sections.name,
    authorName: users.name,
    createdAt: articles.createdAt,
    updatedAt: articles.updatedAt,
    publishedAt: articles.publishedAt,
    scheduledAt: articles.scheduledAt,
  };
  const listed = () =>
    db
      .select(columns)
      .from(articles)
      .innerJoin(revisions, eq(revisions.id, articles.currentRevisionId))
      .leftJoin(articleWorkingSearch, eq(articleWorkingSearch.articleId, articles.id))
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(users, eq(users.id, articles.createdBy));

  let items: Promise<StaffArticleListItem[]>;
  if (sort === 'relevance' && query) {
    // Rank a bounded pool only (see STAFF_RANK_POOL): the newest matches, plus the newest holding the
    // typed syllables next to each other (through the keys index), so an older story about "kinh tế"
    // is not crowded out by newer ones with "kinh" and "tế" apart. Ties go to the latest change.
    const pool = (extra?: SQL) =>
      db
        .select({ id: articles.id })
        .from(articles)
        .leftJoin(articleWorkingSearch, eq(articleWorkingSearch.articleId, articles.id))
        .where(extra ? and(where, extra) : where)
        .orderBy(desc(articles.updatedAt), desc(articles.id))
        .limit(STAFF_RANK_POOL);
    const adjacent = planPairsAdjacent(query, WORKING_SEARCH_COLUMNS);
    const candidates = adjacent ? sql`${articles.id} in ((${pool()}) union (${pool(adjacent)}))` : inArray(articles.id, pool());
    items = listed()
      .where(candidates)
      .orderBy(desc(planRank(query, WORKING_SEARCH_COLUMNS)), desc(articles.updatedAt), desc(articles.id))
      .limit(pageSize)
      .offset(offset);
  } else {
    const orderBy =
      sort === 'title'
        ? [asc(sql`vn_unaccent(${revisions.title})`), asc(revisions.title), asc(articles.id)]
        : sort === 'oldest'
          ? [sql`${dateColumn} asc nulls last`, asc(articles.id)]
          : [sql`${dateColumn} desc nulls last`, desc(articles.id)];
    items = listed()
      .where(where)
      .orderBy(...orderBy)
      .limit(pageSize)
      .offset(offset);
  }
  const [rows, [counted]] = await Promise.all([
    items,
    // Relevance pages only through the ranked pool, so counting past it would read every match of a
    // common word for nothing; date orders page through all matches and count them all.
    sort === 'relevance'
      ? db
          .select({ n: count() })
          .from(
            db
              .select({ one: sql`1` })
              .from(articles)
              .leftJoin(articleWorkingSearch, eq(articleWorkingSearch.articleId, articles.id))
              .where(where)
              .limit(STAFF_RANK_POOL + 1)
              .as('bounded'),
          )
      : db
          .select({ n: count() })
          .from(articles)
          .leftJoin(articleWorkingSearch, eq(articleWorkingSearch.articleId, articles.id))
          .where(where),
  ]);
  const matched = counted?.n ?? 0;
  const capped = sort === 'relevance' && matched > STAFF_RANK_POOL;
  return { items: rows, page, pageSize, total: capped ? STAFF_RANK_POOL : matched, capped, sort };
}

/**
 * People to offer in the list's author filter: everyone who created or is credited on a story, for
 * viewers who may read every story (others list only their own, so the filter means nothing to them).
 */
export async function staffListAuthors(viewer: Viewer): Promise<Array<{ id: string; name: string }>> {
  if (!readsEveryArticle(viewer)) return [];
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      or(
        sql`exists (select 1 from ${articles} where ${articles.createdBy} = ${users.id})`,
        sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.userId} = ${users.id})`,
      ),
    )
    .orderBy(asc(users.name), asc(users.id))
    .limit(500);
}
