// Every table of the portal. Types are inferred from here; migrations are generated from here.
// Column names are camelCase in TypeScript and snake_case in Postgres (casing: 'snake_case').
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { Meeting, RevisionMeta } from '../lib/content/meeting';
import type { Placement } from '../lib/content/placement';

// Domain types of the revision's JSON columns live in lib/content; re-exported for existing importers.
export type { Meeting, MeetingPerson, MeetingRole, RevisionMeta } from '../lib/content/meeting';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** Binary data (Yjs document state) as bytes; node-postgres hands bytea over as a Buffer. */
const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------- site settings
/** One row (id = 1). The agency has been renamed before, so every name is data. */
export interface LiaisonContact {
  name: string;
  title: string;
  titleEn?: string;
  phone?: string;
  email?: string;
  unitId?: string | null;
}

/** Roles that may be put in suggesting mode by default (site settings). */
export const SUGGESTING_ROLES = ['editor', 'leader'] as const;
export type SuggestingRole = (typeof SUGGESTING_ROLES)[number];

export const siteSettings = pgTable(
  'site_settings',
  {
    id: smallint().primaryKey().default(1),
    agencyName: text().notNull(),
    /** English names for the English interface (/en); empty means readers see the Vietnamese one. */
    agencyNameEn: text().notNull().default(''),
    parentAgencyNameEn: text().notNull().default(''),
    siteTitleEn: text().notNull().default(''),
    taglineEn: text().notNull().default(''),
    agencyShortName: text().notNull().default(''),
    parentAgencyName: text().notNull().default(''),
    siteTitle: text().notNull(),
    tagline: text().notNull().default(''),
    address: text().notNull().default(''),
    phone: text().notNull().default(''),
    fax: text().notNull().default(''),
    email: text().notNull().default(''),
    responsiblePerson: text().notNull().default(''),
    responsibleTitle: text().notNull().default(''),
    licence: text().notNull().default(''),
    /** Default credit for photos, e.g. "TTTTPT&DBKT". */
    defaultCredit: text().notNull().default(''),
    /**
     * Liaison officers for the contacts page (Decree 42/2022/NĐ-CP asks that they be kept current):
     * [{ name, title, titleEn, phone, email, unitId }]; the unit's names in both languages come from the registry.
     */
    contacts: jsonb().$type<LiaisonContact[]>().notNull().default([]),
    /** Tiptap JSON for the agency pages: about, and the functions and tasks on the organisation page, in each language. */
    aboutPage: jsonb().$type<unknown>(),
    organisationPage: jsonb().$type<unknown>(),
    aboutPageEn: jsonb().$type<unknown>(),
    organisationPageEn: jsonb().$type<unknown>(),
    /**
     * The registry unit that is the agency itself. The organisation chart shows it under the agency
     * name of these settings, so renaming the agency renames the chart's root too.
     */
    agencyUnitId: uuid().references((): AnyPgColumn => units.id, { onDelete: 'set null' }),
    /** The roles whose editor opens in suggesting mode ("Chế độ gợi ý", issue 23): editor and/or leader. */
    suggestingRoles: jsonb().$type<SuggestingRole[]>().notNull().default(['leader']),
    /**
     * Live co-editing in the story editor (issue #24): the body is edited through the collaboration
     * server by everyone who has the story open, with presence instead of the edit lease. On by
     * default; an administrator may turn it off (the editor then works with the edit lease).
     */
    liveCoediting: boolean().notNull().default(true),
    updatedAt: updatedAt(),
  },
  (t) => [check('site_settings_single_row', sql`${t.id} = 1`)],
);

// ---------------------------------------------------------------- organisation
export const units = pgTable('units', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  /** English name for /en; empty means readers there see the Vietnamese one. */
  nameEn: text().notNull().default(''),
  /** Short code used in bylines, e.g. "TTTTPT&DBKT". */
  shortName: text().notNull().default(''),
  parentId: uuid().references((): AnyPgColumn => units.id),
  description: text().notNull().default(''),
  createdAt: createdAt(),
});

export const people = pgTable('people', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  fullName: text().notNull(),
  bio: text().notNull().default(''),
  createdAt: createdAt(),
});

/** Dated positions, so an old story keeps the title its people held on the day. */
export const positions = pgTable(
  'positions',
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid().notNull().references(() => people.id, { onDelete: 'cascade' }),
    unitId: uuid().references(() => units.id),
    title: text().notNull(),
    /** English title for /en; empty means the Vietnamese one is shown. */
    titleEn: text().notNull().default(''),
    /** The head of the unit while the position lasts: the organisation chart names them. */
    isHead: boolean().notNull().default(false),
    startsOn: date().notNull(),
    endsOn: date(),
  },
  (t) => [
    index('positions_person_idx').on(t.personId, t.startsOn),
    check('positions_dates_ordered', sql`${t.endsOn} IS NULL OR ${t.endsOn} >= ${t.startsOn}`),
  ],
);

// ---------------------------------------------------------------- users and access
export const roleEnum = pgEnum('role', ['reporter', 'editor', 'leader', 'admin']);

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    /** argon2id; null until the user sets a password through a one-time link. */
    passwordHash: text(),
    roles: roleEnum().array().notNull().default(sql`'{}'::role[]`),
    isActive: boolean().notNull().default(true),
    /** Bumped on password change, deactivation and role change: sessions carrying an older value are refused. */
    sessionVersion: integer().notNull().default(1),
    /** The registry entry of a leader, so a sign-off records the title held that day. */
    personId: uuid().references(() => people.id),
    lastSignInAt: timestamp({ withTimezone: true }),
    /** Opted in to the 07:00 e-mail digest of unread notifications. */
    notificationDigest: boolean().notNull().default(false),
    /** The last digest sent: the next one covers only what came after it. */
    digestSentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text().notNull().unique(),
    /** First characters, to tell tokens apart in the UI. */
    prefix: text().notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/**
 * Staff sign-in sessions. The session cookie (an Auth.js JWT) names one row, and each staff request
 * checks it, so signing out, "sign out everywhere" and a password change end a session on every
 * app instance at once. `expiresAt` is absolute: set at sign-in, never moved by cookie renewals.
 */
export const userSessions = pgTable(
  'user_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
    userAgent: text().notNull().default(''),
    ip: text(),
  },
  (t) => [index('user_sessions_user_idx').on(t.userId, t.createdAt)],
);

/** One-time links to set a password (new users, resets). Stored hashed. */
export const passwordTokens = pgTable('password_tokens', {
  id: uuid().primaryKey().defaultRandom(),
  userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text().notNull().unique(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
});

/** Sign-in attempts, in Postgres so brute-force limits hold across app instances. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    email: text().notNull(),
    ip: text().notNull(),
    succeeded: boolean().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sign_in_attempts_email_idx').on(t.email, t.createdAt), index('sign_in_attempts_ip_idx').on(t.ip, t.createdAt)],
);

/** Admin lifted a lock: failures before this moment no longer count for that email or IP. */
export const signInLockClears = pgTable('sign_in_lock_clears', {
  id: bigserial({ mode: 'number' }).primaryKey(),
  email: text(),
  ip: text(),
  clearedBy: uuid().references(() => users.id),
  createdAt: createdAt(),
});

/** Security audit (sign-ins, lockouts, role changes, tokens). Append-only: a trigger refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    actorId: uuid().references(() => users.id),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    ip: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt),
    // The user admin page lists what happened to, and by, one account.
    index('audit_log_target_idx').on(t.targetId, t.createdAt),
    index('audit_log_actor_idx').on(t.actorId, t.createdAt),
  ],
);

// ---------------------------------------------------------------- taxonomy
export const sections = pgTable('sections', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(''),
  /** Name and description in the English interface; empty means the Vietnamese ones are shown. */
  nameEn: text().notNull().default(''),
  descriptionEn: text().notNull().default(''),
  parentId: uuid().references((): AnyPgColumn => sections.id),
  sortOrder: integer().notNull().default(0),
  /** Pre-submit checklist for this section; null means the portal default. */
  checklist: jsonb().$type<Record<string, boolean>>(),
  createdAt: createdAt(),
});

export const tags = pgTable('tags', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  createdAt: createdAt(),
});

// ---------------------------------------------------------------- media
export const mediaKindEnum = pgEnum('media_kind', ['image', 'document', 'video']);

/**
 * A video's processing and its derived files (lib/data/media/process-video.ts). The original
 * upload is media.storage_key (under vsrc/, never served); readers get the web MP4 and the poster.
 */
export interface MediaVideo {
  status: 'processing' | 'ready' | 'failed';
  /** Vietnamese, for the newsroom, when status is failed. */
  failureReason?: string;
  /** From ffmpeg's reading of the original (updated from the web MP4 once ready). */
  durationSeconds: number;
  /** H.264/AAC MP4 with the index at the front (faststart), and a JPEG frame, once ready. */
  playbackKey?: string;
  playbackBytes?: number;
  posterKey?: string;
  /** WebVTT captions (Vietnamese), a new key on every replacement. */
  captionsKey?: string;
}

export const media = pgTable(
  'media',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: mediaKindEnum().notNull().default('image'),
    /** Key chosen by the server inside the media store; never derived from the upload's name. */
    storageKey: text().notNull().unique(),
    originalFilename: text().notNull().default(''),
    mimeType: text().notNull(),
    byteSize: integer().notNull(),
    width: integer(),
    height: integer(),
    sha256: text().notNull(),
    alt: text().notNull().default(''),
    caption: text().notNull().default(''),
    credit: text().notNull().default(''),
    /** Responsive variants: [{ width, height, format, key, bytes }]. */
    variants: jsonb()
      .$type<Array<{ width: number; height: number; format: 'avif' | 'webp' | 'jpeg'; key: string; bytes: number }>>()
      .notNull()
      .default([]),
    /** Videos only: processing state and derived files. */
    video: jsonb().$type<MediaVideo>(),
    uploadedBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    deletedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('media_created_idx').on(t.createdAt),
    // Library search by caption, credit and file name, diacritics ignored ("hoi nghi" finds "Hội nghị").
    index('media_search_trgm_idx').using('gin', sql`vn_unaccent(${t.caption} || ' ' || ${t.credit} || ' ' || ${t.originalFilename}) gin_trgm_ops`),
    index('media_uploaded_by_idx').on(t.uploadedBy, t.createdAt),
  ],
);

/**
 * Which media items each revision references: figures, gallery photos, videos (0034), the cover, links to stored documents.
 * Written by a trigger on INSERT INTO revisions (see the media migration), so every door that
 * makes a revision (editor, API, restore, import, seed) is covered without a hook; revisions are
 * immutable, so a row never goes stale. "In use" = referenced by an article's current or live revision.
 */
export const revisionMedia = pgTable(
  'revision_media',
  {
    revisionId: uuid()
      .notNull()
      .references((): AnyPgColumn => revisions.id),
    articleId: uuid()
      .notNull()
      .references((): AnyPgColumn => articles.id),
    mediaId: uuid().notNull(),
  },
  (t) => [primaryKey({ columns: [t.revisionId, t.mediaId] }), index('revision_media_media_idx').on(t.mediaId, t.articleId)],
);

// ---------------------------------------------------------------- articles
export const articleStatusEnum = pgEnum('article_status', [
  'draft',
  'in_review',
  'awaiting_approval',
  'approved',
  'scheduled',
  'published',
  'unpublished',
  'archived',
]);
export const articleKindEnum = pgEnum('article_kind', ['news', 'meeting_report']);

export const articles = pgTable(
  'articles',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    kind: articleKindEnum().notNull().default('news'),
    language: text().notNull().default('vi'),
    status: articleStatusEnum().notNull().default('draft'),
    /** Optimistic concurrency: every state change and save bumps it (UPDATE ... WHERE version = $v). */
    version: integer().notNull().default(1),
    sectionId: uuid().references(() => sections.id),
    createdBy: uuid().references(() => users.id),
    /** The newest revision (the working copy). */
    currentRevisionId: uuid().references((): AnyPgColumn => revisions.id),
    /** The revision readers see; changes only by publishing an approved revision. */
    liveRevisionId: uuid().references((): AnyPgColumn => revisions.id),
    /** The revision a leader signed off; cleared when the content changes. */
    approvedRevisionId: uuid().references((): AnyPgColumn => revisions.id),
    featured: boolean().notNull().default(false),
    /** Who acts next: the writer returned to (draft), the claiming editor (review), the chosen leader; null = the role's pool. */
    assigneeId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    embargoUntil: timestamp({ withTimezone: true }),
    scheduledAt: timestamp({ withTimezone: true }),
    scheduledUnpublishAt: timestamp({ withTimezone: true }),
    /** First publication (the date readers see). */
    publishedAt: timestamp({ withTimezone: true }),
    /** Last time a newer revision replaced the live one ("Cập nhật"). */
    liveUpdatedAt: timestamp({ withTimezone: true }),
    unpublishedAt: timestamp({ withTimezone: true }),
    slugFrozen: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('articles_public_idx').on(t.status, t.publishedAt),
    index('articles_section_idx').on(t.sectionId, t.status, t.publishedAt),
    index('articles_created_by_idx').on(t.createdBy),
    // Reader lists (home, sections, feeds, sitemaps, related): newest live stories first, read off the
    // index instead of sorting every story (isPublic()'s other conditions are checked as it walks).
    // NULLS FIRST is what ORDER BY published_at DESC means, so the planner can use it for that order.
    index('articles_live_published_idx').on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`${t.liveRevisionId} is not null`),
    check('articles_language_known', sql`${t.language} in ('vi', 'en')`),
  ],
);

/** Old slugs of an article; a request for one redirects (308) to the current slug. */
export const articleSlugs = pgTable('article_slugs', {
  slug: text().primaryKey(),
  articleId: uuid().notNull().references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: uuid().notNull().references(() => articles.id, { onDelete: 'cascade' }),
    tagId: uuid().notNull().references(() => tags.id, { onDelete: 'cascade' }),
    /**
     * Mirror of the article's published_at, visibility (visible_from, as on article_search) and
     * section, kept by triggers (migrations 0008, 0050) whatever code writes either table; never
     * written by the app. Lets related stories and tag pages take the newest public stories of a tag
     * off one index, at any size, and rank related stories without reading the articles.
     */
    publishedAt: timestamp({ withTimezone: true }),
    visibleFrom: timestamp({ withTimezone: true }),
    sectionId: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_tag_idx').on(t.tagId),
    // Also INCLUDE (visible_from, section_id), added by migrations 0048 and 0050 (Drizzle has no
    // INCLUDE): related stories are ranked from index-only reads.
    index('article_tags_tag_newest_idx').on(t.tagId, t.publishedAt.desc().nullsFirst(), t.articleId).where(sql`${t.visibleFrom} is not null`),
  ],
);

/**
 * The live co-editing working copy of a story (issue #24): the Yjs document state the collaboration
 * server loads and stores (lib/data/collab). Revisions stay the record; this row is only the CRDT
 * that people are typing into, and is rebuilt from the current revision when absent.
 */
export const articleCollabStates = pgTable('article_collab_states', {
  articleId: uuid()
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  state: bytea().notNull(),
  /**
   * The revision this state was last in step with (a checkpoint written from it, or a revision merged
   * into it). When the story's current revision is another one (a save through the API while nobody
   * had the story open), the next open merges that revision into the state first.
   */
  revisionId: uuid().references(() => revisions.id, { onDelete: 'set null' }),
  /**
   * A Yjs state whose text is exactly that revision's body: what a revision saved elsewhere is
   * compared with, so the merge is only that save's change. Shared here, not kept in one server's
   * memory, so that with several collaboration servers the one that merges or checkpoints first
   * moves it for all (the others adopt it instead of merging the same save again). Null in rows
   * from before it existed: `state` stands in.
   */
  baseState: bytea(),
  updatedAt: updatedAt(),
});

export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: uuid().notNull().references(() => articles.id, { onDelete: 'cascade' }),
    userId: uuid().notNull().references(() => users.id),
    ordinal: smallint().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

/** Immutable snapshots of an article's content. A trigger refuses UPDATE and DELETE. */
export const revisions = pgTable(
  'revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    articleId: uuid().notNull().references((): AnyPgColumn => articles.id),
    /** 1, 2, 3 ... per article. */
    number: integer().notNull(),
    title: text().notNull(),
    sapo: text().notNull().default(''),
    /** Tiptap JSON, validated against lib/content before it is stored. */
    body: jsonb().$type<unknown>().notNull(),
    schemaVersion: integer().notNull().default(1),
    meta: jsonb().$type<RevisionMeta>().notNull(),
    meeting: jsonb().$type<Meeting | null>(),
    /** SHA-256 of the canonical content; a sign-off is bound to it. */
    contentHash: text().notNull(),
    /**
     * Section, tags, authors, slug, language, kind, embargo and automatic removal of this version
     * (lib/content/placement). Covered by contentHash, so the sign-off covers them too. Null in
     * revisions written before migration 0009: their article row holds those values.
     */
    placement: jsonb().$type<Placement>(),
    /** What this revision changed compared with the one before it (lib/content/placement's field names). */
    changedFields: text().array().notNull().default(sql`'{}'::text[]`),
    /** The article's version once this revision was saved: finds what changed since a version someone saw. */
    articleVersion: integer(),
    /** How it came to be: save, autosave, restore, import, seed. */
    origin: text().notNull().default('save'),
    basedOnRevisionId: uuid().references((): AnyPgColumn => revisions.id),
    authorId: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('revisions_article_number_idx').on(t.articleId, t.number)],
);

/** Leadership sign-off, bound to one revision and its content hash. Append-only. */
export const approvals = pgTable(
  'approvals',
  {
    id: uuid().primaryKey().defaultRandom(),
    articleId: uuid().notNull().references(() => articles.id),
    revisionId: uuid().notNull().references(() => revisions.id),
    contentHash: text().notNull(),
    approverId: uuid().notNull().references(() => users.id),
    approverName: text().notNull(),
    /** The leader's title at the moment of approval. */
    approverTitle: text().notNull(),
    note: text(),
    createdAt: createdAt(),
  },
  (t) => [index('approvals_article_idx').on(t.articleId, t.createdAt)],
);

/**
 * Published corrections ("Đính chính"): one row each time a version whose correction note differs
 * from the live one is published. Dated by that publication; never edited or removed (a correction
 * stays part of the record even if the story is later withdrawn or corrected again).
 */
export const articleCorrections = pgTable(
  'article_corrections',
  {
    id: uuid().primaryKey().defaultRandom(),
    articleId: uuid().notNull().references(() => articles.id),
    revisionId: uuid().notNull().references(() => revisions.id),
    note: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('article_corrections_article_idx').on(t.articleId, t.publishedAt), index('article_corrections_published_idx').on(t.publishedAt), uniqueIndex('article_corrections_revision_idx').on(t.revisionId)],
);

/** The editorial audit trail. Append-only: a trigger refuses UPDATE and DELETE. */
export const workflowEvents = pgTable(
  'workflow_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    articleId: uuid().notNull().references(() => articles.id),
    revisionId: uuid().references(() => revisions.id),
    actorId: uuid().references(() => users.id),
    event: text().notNull(),
    fromStatus: articleStatusEnum(),
    toStatus: articleStatusEnum().notNull(),
    note: text(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('workflow_events_article_idx').on(t.articleId, t.id)],
);

/** Which registry people a live story names (projection of the live revision, for person pages). */
export const articlePeople = pgTable(
  'article_people',
  {
    articleId: uuid().notNull().references(() => articles.id, { onDelete: 'cascade' }),
    personId: uuid().notNull().references(() => people.id, { onDelete: 'cascade' }),
    role: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.personId, t.role] }), index('article_people_person_idx').on(t.personId)],
);

/**
 * Search document of the live revision only; rewritten whenever the live revision changes.
 *
 * Search reads this one table, never a join per matching row: at 100,000 stories a common word
 * matches nearly all of them, and looking up each match's article costs more than the 50 ms a search
 * may take. So the row carries a mirror of what search filters and sorts by, kept by triggers (see
 * migrations 0007 and 0008): published_at and section_id from the article, and visible_from, which is
 * isPublic() without its clock: null unless the story is live, published and not withdrawn, else the
 * embargo's end (-infinity without one). Search asks `visible_from <= now()`; the hits it shows still
 * pass isPublic() itself, so a wrong mirror could hide a story, never show one.
 */
export const articleSearch = pgTable(
  'article_search',
  {
    articleId: uuid().primaryKey().references(() => articles.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    sapo: text().notNull(),
    bodyText: text().notNull(),
    /** Diacritic-free, weighted: title A, sapo B, body C. */
    document: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', vn_unaccent(title)), 'A') || setweight(to_tsvector('simple', vn_unaccent(sapo)), 'B') || setweight(to_tsvector('simple', vn_unaccent(body_text)), 'C')`,
    ),
    /**
     * The document without positions (strip): what a match tests, row by row, while search walks the
     * newest stories. About 2 KB, so it stays in the row (toast_tuple_target, migration 0007) instead
     * of being fetched from TOAST for every row. Phrases are then checked on `document`.
     */
    terms: tsvector().generatedAlwaysAs(
      sql`strip(setweight(to_tsvector('simple', vn_unaccent(title)), 'A') || setweight(to_tsvector('simple', vn_unaccent(sapo)), 'B') || setweight(to_tsvector('simple', vn_unaccent(body_text)), 'C'))`,
    ),
    /** Title A and sapo B only: small enough to stay in the row, so ranking does not read the body. */
    head: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', vn_unaccent(title)), 'A') || setweight(to_tsvector('simple', vn_unaccent(sapo)), 'B')`,
    ),
    /**
     * Word-aware keys (vn_search_keys, custom migration search_keys): folded syllable pairs that stand
     * next to each other ("da_nang"), capitalised pairs as in names ("^da_nang"), accented syllables as
     * written ("đà"), accented pairs of title and sapo ("đà_nẵng") and document numbers as whole tokens
     * ("#45-nq/tw", "#45-nq"). No positions; lib/data/search/ranked-search.ts ranks and pools with it.
     */
    keys: tsvector().generatedAlwaysAs(sql`vn_search_keys(title || chr(10) || sapo, body_text)`),
    /** Mirrors of the article, written by triggers only. */
    publishedAt: timestamp({ withTimezone: true }),
    sectionId: uuid(),
    visibleFrom: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('article_search_terms_idx').using('gin', t.terms),
    index('article_search_head_idx').using('gin', t.head),
    index('article_search_keys_idx').using('gin', t.keys),
    index('article_search_title_trgm_idx').using('gin', sql`vn_unaccent(${t.title}) gin_trgm_ops`),
    // Newest matches first, read off the index while the @@ test runs on each row (see public-search).
    index('article_search_newest_idx').on(t.publishedAt.desc().nullsFirst(), t.articleId.desc().nullsFirst()).where(sql`${t.visibleFrom} is not null`),
  ],
);

/**
 * Newsroom search over the working copy (the current revision of every story, whatever its state),
 * with the same columns as article_search so the same word-aware matching and ranking
 * (lib/data/search/ranked-search.ts) run over it: the text is written only by a trigger on
 * articles.current_revision_id (migration staff_search_trigger, body through tiptap_plain_text), so
 * every writer (saves, seed, benchmark, tests) keeps it current in the same transaction, and the
 * search columns are generated from it exactly as article_search's are. Staff only: public search
 * reads article_search, which holds live revisions alone.
 */
export const articleWorkingSearch = pgTable(
  'article_working_search',
  {
    articleId: uuid().primaryKey().references(() => articles.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    sapo: text().notNull(),
    bodyText: text().notNull(),
    /** Folded, weighted: title A, sapo B, body C (phrases, proximity). */
    document: tsvector().generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', vn_unaccent(title)), 'A') || setweight(to_tsvector('simple', vn_unaccent(sapo)), 'B') || setweight(to_tsvector('simple', vn_unaccent(body_text)), 'C')`,
    ),
    /** The document without positions: what a match tests (see article_search.terms). */
    terms: tsvector().generatedAlwaysAs(
      sql`strip(setweight(to_tsvector('simple', vn_unaccent(title)), 'A') || setweight(to_tsvector('simple', vn_unaccent(sapo)), 'B') || setweight(to_tsvector('simple', vn_unaccent(body_text)), 'C'))`,
    ),
    /** Title A and sapo B only. */
    head: tsvector().generatedAlwaysAs(sql`setweight(to_tsvector('simple', vn_unaccent(title)), 'A') || setweight(to_tsvector('simple', vn_unaccent(sapo)), 'B')`),
    /** vn_search_keys(): syllable pairs, names, accented forms, document numbers (see article_search.keys). */
    keys: tsvector().generatedAlwaysAs(sql`vn_search_keys(title || chr(10) || sapo, body_text)`),
  },
  (t) => [index('article_working_search_terms_idx').using('gin', t.terms), index('article_working_search_keys_idx').using('gin', t.keys)],
);

// ---------------------------------------------------------------- collaboration
export const comments = pgTable(
  'comments',
  {
    id: uuid().primaryKey().defaultRandom(),
    articleId: uuid().notNull().references(() => articles.id, { onDelete: 'cascade' }),
    authorId: uuid().notNull().references(() => users.id),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('comments_article_idx').on(t.articleId, t.createdAt)],
);

/** Bounds of comment threads (issue 23); checked in lib/data/threads and by the table. */
export const THREAD_QUOTE_MAX = 1000;
export const THREAD_REPLY_MAX = 4000;

export const threadStatusEnum = pgEnum('thread_status', ['open', 'resolved']);

/**
 * A comment thread anchored to text of the working copy: the body carries a `comment` mark with the
 * thread's id (lib/content/comment-marks.ts); the quote keeps the words it was made on, so a thread
 * whose text was deleted can still say what it was about. Staff-only.
 */
export const articleThreads = pgTable(
  'article_threads',
  {
    id: uuid().primaryKey().defaultRandom(),
    articleId: uuid().notNull().references(() => articles.id, { onDelete: 'cascade' }),
    quote: text().notNull(),
    status: threadStatusEnum().notNull().default('open'),
    createdBy: uuid().notNull().references(() => users.id),
    createdAt: createdAt(),
    resolvedBy: uuid().references(() => users.id),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('article_threads_article_idx').on(t.articleId, t.createdAt),
    check('article_threads_quote_bounded', sql`char_length(${t.quote}) between 1 and ${sql.raw(String(THREAD_QUOTE_MAX))}`),
    check('article_threads_resolution', sql`(${t.status} = 'resolved') = (${t.resolvedAt} is not null)`),
  ],
);

export const articleThreadReplies = pgTable(
  'article_thread_replies',
  {
    id: uuid().primaryKey().defaultRandom(),
    threadId: uuid().notNull().references(() => articleThreads.id, { onDelete: 'cascade' }),
    authorId: uuid().notNull().references(() => users.id),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('article_thread_replies_thread_idx').on(t.threadId, t.createdAt),
    check('article_thread_replies_body_bounded', sql`char_length(${t.body}) between 1 and ${sql.raw(String(THREAD_REPLY_MAX))}`),
  ],
);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    articleId: uuid().references(() => articles.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    message: text().notNull(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    // The header badge and the digest count unread items per person on every newsroom page.
    index('notifications_unread_idx').on(t.userId, t.createdAt).where(sql`${t.readAt} is null`),
  ],
);

/** Staff following a story ("Theo dõi"): told of each of its steps. */
export const articleFollowers = pgTable(
  'article_followers',
  {
    articleId: uuid().notNull().references(() => articles.id, { onDelete: 'cascade' }),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] }), index('article_followers_user_idx').on(t.userId)],
);

/** Signed share links to preview a revision without an account. Stored hashed; revocable. */
export const previewLinks = pgTable('preview_links', {
  id: uuid().primaryKey().defaultRandom(),
  revisionId: uuid().notNull().references(() => revisions.id),
  tokenHash: text().notNull().unique(),
  createdBy: uuid().notNull().references(() => users.id),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  revokedAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
});

/** Who is editing an article right now; lapses after inactivity. */
export const editLeases = pgTable('edit_leases', {
  articleId: uuid().primaryKey().references(() => articles.id, { onDelete: 'cascade' }),
  userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});

/** Marks one-time jobs such as demo seeding as complete (written in the same transaction as the work). */
export const setupMarks = pgTable('setup_marks', {
  name: text().primaryKey(),
  doneAt: createdAt(),
});

export type ArticleStatus = (typeof articleStatusEnum.enumValues)[number];

// ---------------------------------------------------------------- search vocabulary
/**
 * Abbreviations search expands both ways ("TP.HCM" <-> "Thành phố Hồ Chí Minh"), edited by admins at
 * /toa-soan/cai-dat/viet-tat. Bounded (see lib/search/abbreviations.ts) so each search reads all of it.
 */
export const searchAbbreviations = pgTable(
  'search_abbreviations',
  {
    id: uuid().primaryKey().defaultRandom(),
    short: text().notNull(),
    long: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('search_abbreviations_short_idx').on(sql`vn_unaccent(${t.short})`)],
);

/**
 * The words of public stories' titles and sapos (lower case, with their marks) and in how many stories
 * each appears: the vocabulary "Có phải bạn muốn tìm …" corrects typos from (lib/data/search/suggest.ts).
 * Kept by a trigger on article_search (migration search_vocabulary), so a publish or a takedown
 * updates it in the same transaction; never written by the app.
 */
export const searchWords = pgTable(
  'search_words',
  {
    word: text().primaryKey(),
    folded: text().notNull(),
    stories: integer().notNull(),
  },
  (t) => [index('search_words_folded_idx').on(t.folded, t.stories.desc())],
);

// ---------------------------------------------------------------- official documents (văn bản)
/** Types of document (Nghị quyết, Quyết định, ...): a list admins keep. */
export const documentTypes = pgTable('document_types', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
  sortOrder: smallint().notNull().default(0),
  createdAt: createdAt(),
});

export const documentStatusEnum = pgEnum('document_status', ['draft', 'published']);
export const documentRelationEnum = pgEnum('document_relation', ['amends', 'supplements', 'replaces', 'repeals', 'guides']);

export const documents = pgTable(
  'documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    status: documentStatusEnum().notNull().default('draft'),
    typeId: uuid()
      .notNull()
      .references(() => documentTypes.id),
    issuer: text().notNull(),
    /** As printed on the document: "42/2022/NĐ-CP", "45-NQ/TW". */
    numberSymbol: text().notNull(),
    /** Folded tokens, numbers first: "45-nq-tw" (lib/documents/number.ts). */
    numberKey: text().notNull(),
    /** numberKey (plus the year when the symbol has none) and the folded issuer: one document per value. */
    uniqueKey: text().notNull(),
    issuedOn: date({ mode: 'string' }).notNull(),
    effectiveOn: date({ mode: 'string' }),
    expiresOn: date({ mode: 'string' }),
    signerName: text().notNull().default(''),
    signerTitle: text().notNull().default(''),
    signerPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
    summary: text().notNull(),
    field: text().notNull().default(''),
    /** Folded text of number, type, issuer, summary, field and signer for searches without diacritics. */
    searchText: text().notNull().default(''),
    version: integer().notNull().default(1),
    publishedAt: timestamp({ withTimezone: true }),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('documents_unique_key').on(t.uniqueKey),
    index('documents_number_key').on(t.numberKey),
    index('documents_public_list').on(t.status, t.issuedOn),
    check('documents_expiry_after_effect', sql`${t.expiresOn} IS NULL OR ${t.effectiveOn} IS NULL OR ${t.expiresOn} >= ${t.effectiveOn}`),
  ],
);

export const documentFiles = pgTable(
  'document_files',
  {
    id: uuid().primaryKey().defaultRandom(),
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    /** A key of the media store (lib/media/storage.ts MEDIA_KEY). */
    storageKey: text().notNull().unique(),
    originalFilename: text().notNull(),
    format: text().$type<'pdf' | 'docx'>().notNull(),
    mimeType: text().notNull(),
    byteSize: integer().notNull(),
    sha256: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('document_files_document').on(t.documentId)],
);

/** "documentId amends targetId" and so on: the lineage readers see on both documents. */
export const documentLinks = pgTable(
  'document_links',
  {
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    targetId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    relation: documentRelationEnum().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.targetId, t.relation] }), index('document_links_target').on(t.targetId), check('document_links_not_self', sql`${t.documentId} <> ${t.targetId}`)],
);

export const documentArticles = pgTable(
  'document_articles',
  {
    documentId: uuid()
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.articleId] }), index('document_articles_article').on(t.articleId)],
);

// ---------------------------------------------------------------- planning (calendar, assignments)
export const planningEventKindEnum = pgEnum('planning_event_kind', ['meeting', 'conference', 'visit', 'other']);

/** An upcoming meeting, conference or visit the newsroom may cover. Times are instants (shown in Vietnam's time). */
export const planningEvents = pgTable(
  'planning_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: planningEventKindEnum().notNull().default('meeting'),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    location: text().notNull().default(''),
    unitId: uuid().references(() => units.id),
    notes: text().notNull().default(''),
    createdBy: uuid().references(() => users.id),
    /** Bumped by every edit: a stale edit is refused, and the iCal SEQUENCE of the event and its reminders follows it. */
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('planning_events_starts_idx').on(t.startsAt), check('planning_events_ends_after_start', sql`${t.endsAt} >= ${t.startsAt}`)],
);

/** Registry people at an event, with their part (chair, presenter, attending) as in a meeting report. */
export const planningEventPeople = pgTable(
  'planning_event_people',
  {
    eventId: uuid().notNull().references(() => planningEvents.id, { onDelete: 'cascade' }),
    personId: uuid().notNull().references(() => people.id),
    role: text().notNull().default('attending'),
    ordinal: smallint().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.personId] }), check('planning_event_people_role', sql`${t.role} in ('chair', 'attending', 'presenter')`)],
);

/** "Giao viết bài": a staff member is to write about an event by a due time; becomes a story when started. */
export const assignments = pgTable(
  'assignments',
  {
    id: uuid().primaryKey().defaultRandom(),
    eventId: uuid().notNull().references(() => planningEvents.id),
    assigneeId: uuid().notNull().references(() => users.id),
    assignedBy: uuid().references(() => users.id),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    notes: text().notNull().default(''),
    /** The story started from it (set once by "Bắt đầu viết"). */
    articleId: uuid().references(() => articles.id),
    /** Bumped by every edit and by cancelling: a stale edit is refused, and the iCal SEQUENCE follows it. */
    version: integer().notNull().default(1),
    /** Cancelled assignments are kept (the feed tells calendars STATUS:CANCELLED); they leave the desk. */
    cancelledAt: timestamp({ withTimezone: true }),
    cancelledBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('assignments_assignee_idx').on(t.assigneeId, t.dueAt), index('assignments_event_idx').on(t.eventId), uniqueIndex('assignments_article_idx').on(t.articleId)],
);

/** A user's private calendar feed: the SHA-256 of the secret in its address. One per user; renewing replaces it. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid().primaryKey().references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text().notNull().unique(),
  createdAt: createdAt(),
  lastUsedAt: timestamp({ withTimezone: true }),
});

// ---------------------------------------------------------------- home page curation
/** The home page's lead (position 0) and highlights (1..6) chosen by an editor; an expired pick no longer shows. */
export const homePicks = pgTable(
  'home_picks',
  {
    position: smallint().primaryKey(),
    articleId: uuid().notNull().references(() => articles.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true }),
    /** Set by the minute sweep once the home page was refreshed after this pick expired. */
    expiryHandledAt: timestamp({ withTimezone: true }),
    pickedBy: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('home_picks_article_idx').on(t.articleId), check('home_picks_position_range', sql`${t.position} between 0 and 6`)],
);

// ---------------------------------------------------------------- reading counts ("Đọc nhiều nhất")
/**
 * Views per story and Vietnamese calendar day: the only lasting trace of reading. One row per story
 * and day, whatever the number of readers (lib/data/views).
 */
export const articleViewsDaily = pgTable(
  'article_views_daily',
  {
    articleId: uuid().notNull().references(() => articles.id, { onDelete: 'cascade' }),
    day: date({ mode: 'string' }).notNull(),
    views: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index('article_views_daily_day_idx').on(t.day)],
);

/**
 * The random salt of one day's reader hashes, shared by every instance. Deleted once the day is over,
 * with the day's reader hashes: without it a hash can no longer be recomputed from an address.
 */
export const viewSalts = pgTable('view_salts', {
  day: date({ mode: 'string' }).primaryKey(),
  salt: text().notNull(),
});

/**
 * Who was already counted today: hash(day's salt, address, browser, story), and where the read came
 * from: hash(day's salt, network, story), so that one address adds at most a few readers to a story a
 * day whatever browser string it sends. Nothing else. Emptied of past days by every flush after
 * midnight (lib/data/views/flush-views.ts), so no reader row outlives its day.
 */
export const articleViewReaders = pgTable(
  'article_view_readers',
  {
    day: date({ mode: 'string' }).notNull(),
    reader: text().notNull(),
    source: text().notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.day, t.reader] }), index('article_view_readers_source_idx').on(t.day, t.source)],
);

// ---------------------------------------------------------------- citizens' questions (Hỏi đáp – Góp ý)
export const questionStatusEnum = pgEnum('question_status', ['received', 'moderated', 'assigned', 'drafted', 'awaiting_approval', 'approved', 'published', 'rejected']);

/**
 * A question sent through the public form. Personal data (name, email, phone) is kept until
 * `personalDataUntil` (lib/qa QA_RETENTION_MONTHS after the answer or the refusal), then the name is
 * shortened and the email and phone are erased (scheduled job), or earlier on request (admin).
 * The address is never stored: only a salted hash for the per-address limit.
 */
export const questions = pgTable(
  'questions',
  {
    id: uuid().primaryKey().defaultRandom(),
    trackingCode: text().notNull().unique(),
    status: questionStatusEnum().notNull().default('received'),
    senderName: text().notNull(),
    senderEmail: text(),
    senderPhone: text(),
    /** HMAC of the lower-cased email and of the client's address: kept for the 24-hour limits only. */
    emailHash: text().notNull(),
    addressHash: text().notNull(),
    /**
     * Solved the proof-of-work challenge of the form (lib/data/questions/challenge.ts) with a valid,
     * unexpired, unused payload. False without scripts, or with a missing, forged, expired or
     * replayed payload: such a message waits in moderation as "chưa xác minh".
     */
    verified: boolean().notNull().default(false),
    topic: text().notNull(),
    body: text().notNull(),
    unitId: uuid().references(() => units.id, { onDelete: 'set null' }),
    assigneeId: uuid().references(() => users.id, { onDelete: 'set null' }),
    answer: text().notNull().default(''),
    answeredBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    approvedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    approvedAt: timestamp({ withTimezone: true }),
    publishedAt: timestamp({ withTimezone: true }),
    /** Folded question and answer for readers' searches without diacritics (set on publish). */
    searchText: text().notNull().default(''),
    personalDataUntil: timestamp({ withTimezone: true }),
    personalDataErasedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('questions_status_idx').on(t.status, t.createdAt),
    index('questions_published_idx').on(t.publishedAt).where(sql`${t.status} = 'published'`),
    index('questions_address_idx').on(t.addressHash, t.createdAt),
    index('questions_email_idx').on(t.emailHash, t.createdAt),
    index('questions_assignee_idx').on(t.assigneeId),
    index('questions_retention_idx').on(t.personalDataUntil).where(sql`${t.personalDataErasedAt} IS NULL`),
    check('questions_body_length', sql`char_length(${t.body}) <= 4000`),
    check('questions_answer_length', sql`char_length(${t.answer}) <= 10000`),
    check('questions_published_approved', sql`${t.status} <> 'published' OR (${t.approvedBy} IS NOT NULL AND ${t.approvedAt} IS NOT NULL AND ${t.publishedAt} IS NOT NULL)`),
  ],
);

/**
 * Proof-of-work challenges of the question form already used to verify a question (replay guard):
 * the challenge's HMAC signature, unique, kept until the challenge expires; the daily retention job
 * deletes expired rows (lib/data/questions/retention.ts). Nothing personal is stored.
 */
export const questionChallengeUses = pgTable(
  'question_challenge_uses',
  {
    signature: text().primaryKey(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('question_challenge_uses_expires_idx').on(t.expiresAt)],
);

/**
 * Status look-ups of citizens' questions (/hoi-dap/tra-cuu), counted per address so that tracking
 * codes cannot be guessed by trying many: the salted hash of the address only (never the address,
 * code or email), pruned daily once older than the window.
 */
export const questionLookups = pgTable(
  'question_lookups',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    addressHash: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('question_lookups_address_idx').on(t.addressHash, t.createdAt), index('question_lookups_created_idx').on(t.createdAt)],
);
