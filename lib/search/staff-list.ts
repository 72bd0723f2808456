// The newsroom story list's filters: names, labels and bounds shared by the page, the API schema and
// the data layer. Pure. The page's URL uses Vietnamese names (?tac_gia=), the API English (?author=).

export const STAFF_LIST_SORTS = ['relevance', 'newest', 'oldest', 'title'] as const;
export type StaffListSort = (typeof STAFF_LIST_SORTS)[number];

/**
 * Which date `from`/`to` and the newest/oldest order use. The default is `updated` (the list's
 * "Cập nhật" column, the order the list always had); `created` answers "what was written in March",
 * `published` "what went out in March" (never-published stories then sort last and fall out of a range).
 */
export const STAFF_LIST_DATE_FIELDS = ['updated', 'created', 'published'] as const;
export type StaffListDateField = (typeof STAFF_LIST_DATE_FIELDS)[number];

export const ARTICLE_KINDS = ['news', 'meeting_report'] as const;
export type ArticleKindFilter = (typeof ARTICLE_KINDS)[number];

export const STAFF_LIST_PAGE_SIZE = 20;
export const STAFF_LIST_MAX_PAGE_SIZE = 100;
export const STAFF_LIST_MAX_PAGE = 10_000;
/** Same bound as reader search (lib/search/parse-query MAX_QUERY_LENGTH). */
export const STAFF_QUERY_MAX_LENGTH = 200;
/**
 * Relevance ranks the newest STAFF_RANK_POOL matches (by last change), plus the newest STAFF_RANK_POOL
 * holding the typed syllables next to each other: ranking reads every candidate's document, so a word
 * found in nearly every story must not rank them all. The pages reach STAFF_RANK_POOL results; narrow
 * with filters or sort by date to reach older matches.
 */
export const STAFF_RANK_POOL = 1000;

export const SORT_LABELS: Record<StaffListSort, string> = {
  relevance: 'Liên quan nhất',
  newest: 'Mới nhất',
  oldest: 'Cũ nhất',
  title: 'Tiêu đề (A–Z)',
};

export const DATE_FIELD_LABELS: Record<StaffListDateField, string> = {
  updated: 'Ngày cập nhật',
  created: 'Ngày tạo',
  published: 'Ngày xuất bản',
};

export const KIND_LABELS: Record<ArticleKindFilter, string> = {
  news: 'Tin bài',
  meeting_report: 'Báo cáo hội nghị',
};

/** The page's URL parameter for each filter. */
export const PAGE_PARAMS = {
  q: 'q',
  author: 'tac_gia',
  section: 'chuyen_muc',
  status: 'trang_thai',
  from: 'tu',
  to: 'den',
  dateField: 'theo_ngay',
  kind: 'loai',
  sort: 'sap_xep',
  page: 'trang',
} as const;

export type StaffListParamName = keyof typeof PAGE_PARAMS;
