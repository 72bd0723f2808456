// Demo content for a fresh embedded database (never for a real server): agency settings, units,
// people, sections, one account per role, the seed story and the demo articles with photos and a
// complete editorial history. All rows go in one transaction with a completion mark, so a start
// killed halfway leaves nothing and the next start seeds again from scratch, exactly once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { desc, eq, sql } from 'drizzle-orm';
import { placeholderPhoto } from './placeholder-photo';
import type { Database } from '../connect';
import * as s from '../schema';
import { hashPassword } from '@/lib/credentials/password';
import type { Placement } from '@/lib/content/placement';
import { validateBody } from '@/lib/content/validate';
import { articlePeopleRows, revisionRow, searchRow } from '@/lib/data/articles/rows';
import { slugify } from '@/lib/slug/slugify';
import type { Role } from '@/lib/policy/roles';
import { mediaStorage } from '@/lib/media/storage';
import { EXTENSION, encodeVariants } from '@/lib/media/variants';
import { buildBody } from './build-body';
import { loadDemoArticles, loadDemoPeople } from './demo-content';
import { insertDemoDocuments, prepareDemoDocuments } from './documents';
import { seedStoryArticle, seedStoryPeople } from './seed-story';
import type { SectionSlug, SeedArticle, SeedPerson } from './types';

export const DEMO_MARK = 'demo-content-v1';
export const DEFAULT_DEMO_PASSWORD = 'demo-portal-2026';
const SEED_LOCK = 724_302;

export const DEMO_ACCOUNTS = [
  { email: 'phongvien@demo.local', name: 'Lê Thu Hà', roles: ['reporter'] },
  { email: 'bientap@demo.local', name: 'Trịnh Quốc Bảo', roles: ['editor'] },
  { email: 'lanhdao@demo.local', name: 'Phạm Minh Đức', roles: ['leader'] },
  { email: 'quantri@demo.local', name: 'Đỗ Ngọc Lan', roles: ['admin'] },
] as const satisfies ReadonlyArray<{ email: string; name: string; roles: readonly Role[] }>;

const SECTIONS: Array<{ slug: SectionSlug; name: string; description: string; nameEn: string; descriptionEn: string }> = [
  { slug: 'hoat-dong-cua-ban', name: 'Hoạt động của Ban', description: 'Hội nghị, làm việc và các hoạt động của lãnh đạo, các vụ, đơn vị thuộc Ban.', nameEn: 'Commission activities', descriptionEn: 'Meetings, working visits and the work of the Commission’s leaders, departments and units.' },
  { slug: 'tin-tuc-su-kien', name: 'Tin tức - Sự kiện', description: 'Tin tức kinh tế - xã hội và sự kiện nổi bật trong nước.', nameEn: 'News and events', descriptionEn: 'Socio-economic news and major events in Viet Nam.' },
  { slug: 'hoi-nghi-hoi-thao', name: 'Hội nghị - Hội thảo', description: 'Tường thuật các hội nghị, hội thảo, tọa đàm khoa học.', nameEn: 'Conferences and seminars', descriptionEn: 'Reports from conferences, seminars and scientific round tables.' },
  { slug: 'nghien-cuu-trao-doi', name: 'Nghiên cứu - Trao đổi', description: 'Bài nghiên cứu, phân tích và trao đổi về chính sách kinh tế.', nameEn: 'Research and debate', descriptionEn: 'Research, analysis and debate on economic policy.' },
  { slug: 'kinh-te-dia-phuong', name: 'Kinh tế địa phương', description: 'Kinh tế vùng, tỉnh, thành phố và liên kết vùng.', nameEn: 'Local economies', descriptionEn: 'Regional, provincial and city economies and regional links.' },
];

// The top unit is the commission itself; the chart shows it under the agency name of the settings.
// Its name before 2025 stays an alias, so old positions (and the seed story's) still find it.
const AGENCY_UNIT = { slug: 'ban-chinh-sach-chien-luoc-trung-uong', formerName: 'Ban Kinh tế Trung ương' };
const UNITS = [
  { slug: AGENCY_UNIT.slug, name: 'Ban Chính sách, chiến lược Trung ương', nameEn: 'Central Policy and Strategy Commission', shortName: 'BCSCLTW', parent: null },
  { slug: 'vu-kinh-te-vung-va-dia-phuong', name: 'Vụ Kinh tế vùng và Địa phương', nameEn: 'Department of Regional and Local Economy', shortName: 'Vụ KTV&ĐP', parent: AGENCY_UNIT.slug },
  { slug: 'vu-kinh-te-nganh', name: 'Vụ Kinh tế ngành', nameEn: 'Department of Sectoral Economy', shortName: 'Vụ KTN', parent: AGENCY_UNIT.slug },
  { slug: 'vu-kinh-te-tong-hop', name: 'Vụ Kinh tế tổng hợp', nameEn: 'Department of General Economic Affairs', shortName: 'Vụ KTTH', parent: AGENCY_UNIT.slug },
  {
    slug: 'trung-tam-thong-tin-phan-tich-va-du-bao-kinh-te',
    name: 'Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
    nameEn: 'Centre for Economic Information, Analysis and Forecasting',
    shortName: 'TTTTPT&DBKT',
    parent: AGENCY_UNIT.slug,
  },
  { slug: 'van-phong-ban', name: 'Văn phòng Ban', nameEn: 'Office of the Commission', shortName: 'VPB', parent: AGENCY_UNIT.slug },
] as const;

/** Heads of units, for the organisation chart (deputies are not). */
export const HEAD_TITLE = /^(Trưởng Ban|Vụ trưởng|Chánh Văn phòng|Giám đốc|Viện trưởng|Tổng Biên tập) /;

/** The demo leader account's own registry entry, so a sign-off records a title. */
const LEADER_PERSON: SeedPerson = {
  name: 'Phạm Minh Đức',
  slug: 'pham-minh-duc',
  // The commission took its present name in 2025; sign-offs before that keep the old title.
  positions: [
    { title: 'Phó Trưởng Ban Kinh tế Trung ương', unit: 'Ban Kinh tế Trung ương', from: '2018-01-01', to: '2025-01-31' },
    { title: 'Phó Trưởng Ban Chính sách, chiến lược Trung ương', unit: 'Ban Kinh tế Trung ương', from: '2025-02-01' },
  ],
};

/** Stable ids, so a rerun after an interrupted start overwrites the same media files. */
function stableUuid(name: string): string {
  const h = createHash('sha256').update(`demo:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

interface PreparedMedia {
  id: string;
  caption: string;
  alt: string;
  credit: string;
  row: typeof s.media.$inferInsert;
}

async function preparePhoto(name: string, index: number, figure: { caption: string; alt: string; credit?: string }): Promise<PreparedMedia> {
  const id = stableUuid(name);
  const original = await placeholderPhoto(index);
  const { width, height, variants } = await encodeVariants(original);
  const storage = mediaStorage();
  const stored = [];
  for (const v of variants) {
    const key = `${id.slice(0, 2)}/${id}-${v.width}.${EXTENSION[v.format]}`;
    await storage.put(key, v.bytes);
    stored.push({ width: v.width, height: v.height, format: v.format, key, bytes: v.bytes.length });
  }
  const largest = stored.filter((v) => v.format === 'jpeg').at(-1)!;
  const credit = figure.credit ?? 'TTTTPT&DBKT';
  return {
    id,
    caption: figure.caption,
    alt: figure.alt,
    credit,
    row: {
      id,
      kind: 'image',
      storageKey: largest.key,
      originalFilename: `${slugify(figure.caption).slice(0, 60) || 'anh'}.jpg`,
      mimeType: 'image/jpeg',
      byteSize: largest.bytes,
      width,
      height,
      sha256: createHash('sha256').update(original).digest('hex'),
      alt: figure.alt,
      caption: figure.caption,
      credit,
      variants: stored,
    },
  };
}

function titleOn(person: SeedPerson, isoDate: string): string | undefined {
  const day = isoDate.slice(0, 10);
  return person.positions.find((p) => p.from <= day && (!p.to || day <= p.to))?.title;
}

export interface SeedOptions {
  password?: string;
  log?: (line: string) => void;
  /** Path of the seed story text; defaults to the copy committed under db/seed/content. */
  storyFile?: string;
}

export async function isDemoSeeded(db: Database): Promise<boolean> {
  const [mark] = await db.select().from(s.setupMarks).where(eq(s.setupMarks.name, DEMO_MARK)).limit(1);
  return Boolean(mark);
}

/** Returns false when the content was already there. */
export async function seedDemoContent(db: Database, options: SeedOptions = {}): Promise<boolean> {
  const log = options.log ?? (() => {});
  if (await isDemoSeeded(db)) return false;

  const storyFile = options.storyFile ?? path.join(process.cwd(), 'db', 'seed', 'content', 'seed-article.vi.txt');
  const all: SeedArticle[] = [seedStoryArticle(readFileSync(storyFile, 'utf8')), ...loadDemoArticles()];
  const registry = [...seedStoryPeople, ...loadDemoPeople(), LEADER_PERSON];

  // Photos first (files only, outside the transaction, under stable keys).
  log('Preparing demo photos...');
  const photos = new Map<string, PreparedMedia[]>();
  let photoIndex = 0;
  for (const article of all) {
    const list: PreparedMedia[] = [];
    for (const [i, block] of article.blocks.entries()) {
      if (block.type === 'figure') list.push(await preparePhoto(`${article.slug}#${i}`, photoIndex++, block));
    }
    photos.set(article.slug, list);
  }
  const demoDocuments = await prepareDemoDocuments(stableUuid);
  const passwordHash = await hashPassword(options.password ?? DEFAULT_DEMO_PASSWORD);

  log('Writing demo content...');
  return db.transaction(async (tx) => {
    // Two processes seeding at once: the second waits, then sees the mark.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const [done] = await tx.select().from(s.setupMarks).where(eq(s.setupMarks.name, DEMO_MARK)).limit(1);
    if (done) return false;

    await tx
      .insert(s.siteSettings)
      .values({
        id: 1,
        agencyName: 'Ban Chính sách, chiến lược Trung ương',
        agencyShortName: 'BCSCLTW',
        parentAgencyName: 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
        agencyNameEn: 'Central Policy and Strategy Commission',
        parentAgencyNameEn: 'Central Committee of the Communist Party of Viet Nam',
        siteTitleEn: 'Central Policy and Strategy Commission Portal',
        taglineEn: 'Socio-economic news, policy and development strategy',
        siteTitle: 'Cổng thông tin điện tử Ban Chính sách, chiến lược Trung ương',
        tagline: 'Thông tin kinh tế - xã hội, chính sách và chiến lược phát triển',
        address: 'Hà Nội (địa chỉ mẫu cho bản trình diễn)',
        phone: '024 0000 0000',
        email: 'thongtin@demo.local',
        responsiblePerson: 'Trần Văn Minh',
        responsibleTitle: 'Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
        licence: 'Giấy phép số 00/GP-TTĐT (dữ liệu mẫu)',
        defaultCredit: 'TTTTPT&DBKT',
        contacts: [
          { name: 'Nguyễn Thị Mai', title: 'Cán bộ đầu mối cung cấp thông tin', titleEn: 'Liaison officer for information', phone: '024 0000 0001', email: 'mai.nt@demo.local' },
          { name: 'Hoàng Văn Nam', title: 'Cán bộ đầu mối tiếp nhận ý kiến bạn đọc', titleEn: 'Liaison officer for readers’ comments', phone: '024 0000 0002', email: 'nam.hv@demo.local' },
        ],
      })
      .onConflictDoNothing();

    const unitIds = new Map<string, string>();
    for (const unit of UNITS) {
      const [row] = await tx
        .insert(s.units)
        .values({ slug: unit.slug, name: unit.name, nameEn: unit.nameEn, shortName: unit.shortName, parentId: unit.parent ? unitIds.get(unit.parent) : null })
        .returning({ id: s.units.id });
      unitIds.set(unit.slug, row!.id);
      unitIds.set(unit.name, row!.id);
    }
    unitIds.set(AGENCY_UNIT.formerName, unitIds.get(AGENCY_UNIT.slug)!);
    await tx.update(s.siteSettings).set({ agencyUnitId: unitIds.get(AGENCY_UNIT.slug)! }).where(eq(s.siteSettings.id, 1));

    const personIds = new Map<string, string>();
    for (const person of registry) {
      const [row] = await tx.insert(s.people).values({ slug: person.slug, fullName: person.name }).returning({ id: s.people.id });
      personIds.set(person.name, row!.id);
      for (const position of person.positions) {
        await tx.insert(s.positions).values({
          personId: row!.id,
          unitId: position.unit ? (unitIds.get(position.unit) ?? null) : null,
          title: position.title,
          isHead: HEAD_TITLE.test(position.title),
          startsOn: position.from,
          endsOn: position.to ?? null,
        });
      }
    }

    const sectionIds = new Map<string, string>();
    for (const [i, section] of SECTIONS.entries()) {
      const [row] = await tx.insert(s.sections).values({ ...section, sortOrder: i }).returning({ id: s.sections.id });
      sectionIds.set(section.slug, row!.id);
    }

    const userIds = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const [row] = await tx
        .insert(s.users)
        .values({
          email: account.email,
          name: account.name,
          roles: [...account.roles],
          passwordHash,
          personId: account.email === 'lanhdao@demo.local' ? personIds.get(LEADER_PERSON.name) : null,
        })
        .returning({ id: s.users.id });
      userIds.set(account.roles[0], row!.id);
    }

    const tagIds = new Map<string, string>();
    for (const name of new Set(all.flatMap((a) => a.tags))) {
      const [row] = await tx.insert(s.tags).values({ slug: slugify(name), name }).returning({ id: s.tags.id });
      tagIds.set(name, row!.id);
    }

    for (const article of all) {
      await insertPublishedArticle(tx as unknown as Database, article, {
        photos: photos.get(article.slug) ?? [],
        sectionId: sectionIds.get(article.section)!,
        tagIds: article.tags.map((t) => tagIds.get(t)!),
        tagNames: article.tags,
        userIds,
        personIds,
        unitIds,
        registry,
      });
    }

    await insertDemoDocuments(tx as unknown as Database, demoDocuments, all[0]!.slug);
    // The home page's lead and highlights are editors' picks (home_picks): the demo picks its
    // stories marked `featured`, newest first, so the lead is a recent story.
    const picks = await tx.select({ id: s.articles.id }).from(s.articles).where(eq(s.articles.featured, true)).orderBy(desc(s.articles.publishedAt)).limit(7);
    if (picks.length > 0) await tx.insert(s.homePicks).values(picks.map((p, position) => ({ position, articleId: p.id, pickedBy: userIds.get('editor') ?? null })));

    await tx.insert(s.setupMarks).values({ name: DEMO_MARK });
    return true;
  });
}

interface ArticleContext {
  photos: PreparedMedia[];
  sectionId: string;
  tagIds: string[];
  /** As the writer typed them (a revision's placement names its tags). */
  tagNames: string[];
  userIds: Map<string, string>;
  personIds: Map<string, string>;
  unitIds: Map<string, string>;
  registry: SeedPerson[];
}

/** A published article with the history the workflow would have written: draft, review, sign-off, publication. */
async function insertPublishedArticle(tx: Database, article: SeedArticle, ctx: ArticleContext): Promise<void> {
  const reporter = ctx.userIds.get('reporter')!;
  const editor = ctx.userIds.get('editor')!;
  const leader = ctx.userIds.get('leader')!;
  const publishedAt = new Date(article.publishedAt);
  const at = (minutesBefore: number) => new Date(publishedAt.getTime() - minutesBefore * 60_000);

  for (const photo of ctx.photos) await tx.insert(s.media).values({ ...photo.row, uploadedBy: reporter, createdAt: at(240) });

  const body = buildBody(article.blocks, (i) => ctx.photos[i]!.id);
  const checked = validateBody(body, { requireAlt: true });
  if (!checked.ok) throw new Error(`demo article ${article.slug}: ${checked.problems.map((p) => p.message).join('; ')}`);

  const meeting: s.Meeting | null = article.meeting
    ? {
        startsAt: new Date(article.meeting.startsAt).toISOString(),
        location: article.meeting.location,
        organiserName: article.meeting.organiser,
        organiserUnitId: ctx.unitIds.get(article.meeting.organiser),
        people: article.meeting.people.map((p) => {
          const registered = ctx.registry.find((r) => r.name === p.name);
          const title = registered ? (titleOn(registered, article.meeting!.startsAt) ?? p.title) : p.title;
          return { personId: ctx.personIds.get(p.name), name: p.name, title, role: p.role };
        }),
        participants: article.meeting.participants,
        conclusions: article.meeting.conclusions,
      }
    : null;
  const cover = ctx.photos[0];
  const meta: s.RevisionMeta = { byline: article.byline, ...(cover ? { coverMediaId: cover.id } : {}) };

  const [row] = await tx
    .insert(s.articles)
    .values({
      slug: article.slug,
      kind: article.kind,
      language: article.language ?? 'vi',
      status: 'draft',
      sectionId: ctx.sectionId,
      createdBy: reporter,
      featured: article.featured ?? false,
      createdAt: at(300),
    })
    .returning({ id: s.articles.id });
  const articleId = row!.id;
  // The revision, its sign-off hash, its search row and its people are built by the same functions as
  // the newsroom's (lib/data/articles/rows.ts), so a schema change cannot leave the seed behind.
  const content = { title: article.title, sapo: article.sapo, body: checked.json, meta, meeting };
  const placement: Placement = {
    sectionId: ctx.sectionId,
    tags: ctx.tagNames,
    authorIds: [reporter],
    slug: article.slug,
    language: article.language ?? 'vi',
    kind: article.kind,
    embargoUntil: null,
    scheduledUnpublishAt: null,
  };
  const revisionValues = revisionRow(content, placement, { articleId, number: 1, origin: 'seed', authorId: reporter, changedFields: [], articleVersion: 1 });
  const hash = revisionValues.contentHash;
  const [revision] = await tx
    .insert(s.revisions)
    .values({ ...revisionValues, createdAt: at(280) })
    .returning({ id: s.revisions.id });
  const revisionId = revision!.id;

  const leaderPerson = ctx.registry.find((p) => p.slug === LEADER_PERSON.slug)!;
  const approverTitle = titleOn(leaderPerson, article.publishedAt) ?? 'Lãnh đạo Ban';
  await tx.insert(s.approvals).values({
    articleId,
    revisionId,
    contentHash: hash,
    approverId: leader,
    approverName: LEADER_PERSON.name,
    approverTitle,
    createdAt: at(30),
  });
  const events: Array<[string, s.ArticleStatus | null, s.ArticleStatus, string, number]> = [
    ['create', null, 'draft', reporter, 300],
    ['submit', 'draft', 'in_review', reporter, 240],
    ['forward_for_approval', 'in_review', 'awaiting_approval', editor, 120],
    ['approve', 'awaiting_approval', 'approved', leader, 30],
    ['publish', 'approved', 'published', editor, 0],
  ];
  for (const [event, from, to, actorId, minutes] of events) {
    await tx.insert(s.workflowEvents).values({ articleId, revisionId, actorId, event, fromStatus: from, toStatus: to, createdAt: at(minutes), data: { seed: true } });
  }

  await tx
    .update(s.articles)
    .set({
      status: 'published',
      version: events.length,
      currentRevisionId: revisionId,
      liveRevisionId: revisionId,
      approvedRevisionId: revisionId,
      publishedAt,
      slugFrozen: true,
      updatedAt: publishedAt,
    })
    .where(eq(s.articles.id, articleId));

  await tx.insert(s.articleAuthors).values({ articleId, userId: reporter });
  for (const tagId of ctx.tagIds) await tx.insert(s.articleTags).values({ articleId, tagId });
  await tx.insert(s.articleSearch).values({ articleId, ...searchRow(content) });
  const people = articlePeopleRows(articleId, meeting);
  if (people.length > 0) await tx.insert(s.articlePeople).values(people);
}
