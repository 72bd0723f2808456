// Fills a benchmark database with N published stories and everything around them (agency settings,
// units, people with positions, sections, tags, staff, photos), with the rows the newsroom writes:
// article, revision (built by lib/data/articles/rows, the same function the save path uses, so its
// placement and sign-off hash are the app's), sign-off, workflow events, authors, tags, and the
// live projection (search document, people index) from the same builders as publishing. Every row
// is typed by the Drizzle schema and written in bulk (insert-rows.ts: one INSERT ... SELECT FROM
// unnest per table and batch), batches of 1,000 stories in their own transactions, the next batch
// built while the database writes the previous one.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import * as s from '@/db/schema';
import type { Placement } from '@/lib/content/placement';
import { articlePeopleRows, revisionRow, searchRow } from '@/lib/data/articles/rows';
import { slugify, uniqueSlug } from '@/lib/slug/slugify';
import { between, FAMILY, GIVEN, MIDDLE, pick, POSITION_TITLES, PROVINCES, rng, SECTIONS, TOPICS, UNITS, type Random } from './corpus';
import type { PoolPhoto } from './images';
import { insertRows } from './insert-rows';
import { capitalise, makeStory, type Registry, type Story } from './story';

export const GENERATOR_MARK = 'bench-generator-v1';
const BATCH = 1000;
const YEARS_OF_NEWS = 6;

export interface StaffIds {
  reporters: string[];
  editor: string;
  leader: string;
}

async function writeRegistry(client: pg.ClientBase, r: Random, photos: PoolPhoto[]): Promise<{ registry: Registry; staff: StaffIds }> {
  await insertRows(client, s.siteSettings, [
    {
      id: 1,
      agencyName: 'Ban Chính sách, chiến lược Trung ương',
      agencyShortName: 'BCSCLTW',
      parentAgencyName: 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
      siteTitle: 'Cổng thông tin điện tử Ban Chính sách, chiến lược Trung ương',
      tagline: 'Thông tin kinh tế - xã hội, chính sách và chiến lược phát triển',
      address: 'Hà Nội (dữ liệu đo hiệu năng)',
      phone: '024 0000 0000',
      email: 'thongtin@bench.local',
      responsiblePerson: 'Trần Văn Minh',
      responsibleTitle: 'Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế',
      licence: 'Giấy phép số 00/GP-TTĐT (dữ liệu mẫu)',
      defaultCredit: 'TTTTPT&DBKT',
      contacts: [{ name: 'Nguyễn Thị Mai', title: 'Cán bộ đầu mối cung cấp thông tin', phone: '024 0000 0001' }],
    },
  ]);
  const units = UNITS.map((u) => ({ id: randomUUID(), ...u }));
  await insertRows(client, s.units, units.map((u, i) => ({ id: u.id, slug: u.slug, name: u.name, shortName: u.shortName, parentId: i === 0 ? null : units[0]!.id })));

  const takenPeople = new Set<string>();
  const people = Array.from({ length: 300 }, () => {
    const name = `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`;
    const slug = uniqueSlug(slugify(name), takenPeople);
    takenPeople.add(slug);
    const unit = pick(r, units);
    return { id: randomUUID(), name, slug, unitId: unit.id, title: pick(r, POSITION_TITLES)(unit.name, pick(r, PROVINCES)), from: `${between(r, 2012, 2022)}-0${between(r, 1, 9)}-01` };
  });
  // The leader account's person holds the sign-off title.
  const leaderPerson = people[0]!;
  leaderPerson.title = 'Phó Trưởng Ban Chính sách, chiến lược Trung ương';
  await insertRows(client, s.people, people.map((p) => ({ id: p.id, slug: p.slug, fullName: p.name })));
  await insertRows(client, s.positions, people.map((p) => ({ personId: p.id, unitId: p.unitId, title: p.title, startsOn: p.from })));

  const sections = SECTIONS.map((x) => ({ id: randomUUID(), ...x }));
  await insertRows(client, s.sections, sections.map((x, i) => ({ id: x.id, slug: x.slug, name: x.name, description: x.description, sortOrder: i })));

  const tagNames = [...new Set([...TOPICS.map(capitalise), ...PROVINCES, 'Nghị quyết', 'Kinh tế vùng', 'Hội nghị', 'Chính sách', 'Thống kê', 'Dự báo kinh tế'])];
  const tags = tagNames.map((name) => ({ id: randomUUID(), name, slug: slugify(name) }));
  await insertRows(client, s.tags, tags);

  const staff = [
    ...Array.from({ length: 6 }, (_, i) => ({ id: randomUUID(), email: `bench-phongvien-${i + 1}@bench.local`, name: `Phóng viên ${i + 1}`, roles: ['reporter' as const], personId: null as string | null })),
    { id: randomUUID(), email: 'bench-bientap@bench.local', name: 'Biên tập viên đo hiệu năng', roles: ['editor' as const], personId: null },
    { id: randomUUID(), email: 'bench-lanhdao@bench.local', name: leaderPerson.name, roles: ['leader' as const], personId: leaderPerson.id },
  ];
  await insertRows(client, s.users, staff);

  await insertRows(
    client,
    s.media,
    photos.map((p, i) => ({
      id: p.id,
      kind: 'image' as const,
      storageKey: p.storageKey,
      originalFilename: `anh-hoi-nghi-${i + 1}.jpg`,
      mimeType: 'image/jpeg',
      byteSize: p.byteSize,
      width: p.width,
      height: p.height,
      sha256: p.sha256,
      alt: 'Ảnh minh họa hội nghị',
      caption: 'Quang cảnh hội nghị',
      credit: 'TTTTPT&DBKT',
      variants: p.variants,
      uploadedBy: staff[0]!.id,
    })),
  );

  return {
    registry: {
      sections,
      units,
      people,
      tags,
      tagByName: new Map(tags.map((t) => [t.name, t.id])),
      photos,
    },
    staff: { reporters: staff.filter((u) => u.roles[0] === 'reporter').map((u) => u.id), editor: staff.at(-2)!.id, leader: staff.at(-1)!.id },
  };
}

interface Row {
  story: Story;
  id: string;
  revisionId: string;
  /** 97 % published, 2 % drafts, 1 % withdrawn, so the public filter has something to filter. */
  state: 'published' | 'draft' | 'unpublished';
  reporter: string;
}

async function writeBatch(client: pg.ClientBase, rows: Row[], staff: StaffIds, leader: { name: string; title: string }, tagNames: Map<string, string>): Promise<void> {
  const at = (row: Row, minutesBefore: number) => new Date(row.story.publishedAt.getTime() - minutesBefore * 60_000);
  const revisions = rows.map((r) => {
    const placement: Placement = {
      sectionId: r.story.sectionId,
      tags: r.story.tagIds.map((id) => tagNames.get(id)!),
      authorIds: [r.reporter],
      slug: r.story.slug,
      language: 'vi',
      kind: r.story.kind,
      embargoUntil: null,
      scheduledUnpublishAt: null,
    };
    const row = revisionRow(r.story, placement, { articleId: r.id, number: 1, origin: 'seed', authorId: r.reporter, changedFields: [], articleVersion: 1 });
    return { ...row, id: r.revisionId, createdAt: at(r, 280) };
  });
  const live = rows.filter((r) => r.state === 'published');
  await client.query('begin');
  try {
    await insertRows(
      client,
      s.articles,
      rows.map((r) => ({
        id: r.id,
        slug: r.story.slug,
        kind: r.story.kind,
        status: r.state,
        version: r.state === 'draft' ? 1 : 5,
        sectionId: r.story.sectionId,
        createdBy: r.reporter,
        featured: r.story.featured,
        publishedAt: r.state === 'draft' ? null : r.story.publishedAt,
        unpublishedAt: r.state === 'unpublished' ? at(r, -1440) : null,
        slugFrozen: r.state !== 'draft',
        createdAt: at(r, 300),
        updatedAt: at(r, 0),
      })),
    );
    await insertRows(client, s.revisions, revisions);
    await client.query(
      `update articles a set current_revision_id = v.rev,
         live_revision_id = case when a.status = 'published' then v.rev end,
         approved_revision_id = case when a.status = 'draft' then null else v.rev end
       from unnest($1::uuid[], $2::uuid[]) as v(id, rev) where a.id = v.id`,
      [rows.map((r) => r.id), rows.map((r) => r.revisionId)],
    );
    await insertRows(
      client,
      s.approvals,
      rows.flatMap((r, i) =>
        r.state === 'draft'
          ? []
          : [{ articleId: r.id, revisionId: r.revisionId, contentHash: revisions[i]!.contentHash, approverId: staff.leader, approverName: leader.name, approverTitle: leader.title, createdAt: at(r, 30) }],
      ),
    );
    const events: Array<typeof s.workflowEvents.$inferInsert> = [];
    const event = (r: Row, actorId: string, name: string, fromStatus: s.ArticleStatus | null, toStatus: s.ArticleStatus, minutesBefore: number) =>
      events.push({ articleId: r.id, revisionId: r.revisionId, actorId, event: name, fromStatus, toStatus, createdAt: at(r, minutesBefore) });
    for (const r of rows) {
      event(r, r.reporter, 'create', null, 'draft', 300);
      if (r.state === 'draft') continue;
      event(r, r.reporter, 'submit', 'draft', 'in_review', 240);
      event(r, staff.editor, 'forward_for_approval', 'in_review', 'awaiting_approval', 120);
      event(r, staff.leader, 'approve', 'awaiting_approval', 'approved', 30);
      event(r, staff.editor, 'publish', 'approved', 'published', 0);
      if (r.state === 'unpublished') event(r, staff.editor, 'unpublish', 'published', 'unpublished', -1440);
    }
    await insertRows(client, s.workflowEvents, events);
    await insertRows(client, s.articleAuthors, rows.map((r) => ({ articleId: r.id, userId: r.reporter })));
    await insertRows(client, s.articleTags, rows.flatMap((r) => r.story.tagIds.map((tagId) => ({ articleId: r.id, tagId }))));
    // The live projection, built as publishing builds it (lib/data/articles/live-projection).
    await insertRows(client, s.articleSearch, live.map((r) => ({ articleId: r.id, ...searchRow(r.story) })));
    await insertRows(client, s.articlePeople, live.flatMap((r) => articlePeopleRows(r.id, r.story.meeting)));
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  }
}

export async function generateSite(url: string, options: { articles: number; photos: PoolPhoto[]; log: (line: string) => void }): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = rng(20_191_223);
    await client.query('begin');
    const { registry, staff } = await writeRegistry(client, r, options.photos);
    await client.query('commit');
    const leader = { name: registry.people[0]!.name, title: registry.people[0]!.title };
    const tagNames = new Map(registry.tags.map((t) => [t.id, t.name]));

    const taken = new Set<string>();
    const now = Date.now();
    const span = YEARS_OF_NEWS * 365 * 86_400_000;
    const started = Date.now();
    let pending: Promise<void> = Promise.resolve();
    for (let start = 0; start < options.articles; start += BATCH) {
      const rows: Row[] = [];
      for (let i = start; i < Math.min(options.articles, start + BATCH); i++) {
        // Newest first, about evenly over the years, published in office hours give or take.
        const publishedAt = new Date(now - 3_600_000 - (span * i) / options.articles - Math.floor(r() * 3_600_000));
        const story = makeStory(r, registry, taken, publishedAt);
        story.featured = i % 150 === 0;
        const roll = r();
        rows.push({ story, id: randomUUID(), revisionId: randomUUID(), state: i < 50 || roll < 0.97 ? 'published' : roll < 0.99 ? 'draft' : 'unpublished', reporter: pick(r, staff.reporters) });
        // Let the previous batch's statements go out meanwhile.
        if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
      }
      await pending; // the previous batch: built this one while the database wrote it
      pending = writeBatch(client, rows, staff, leader, tagNames);
      if ((start / BATCH) % 10 === 9) options.log(`  ${start + rows.length} stories (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    await pending;
    await insertRows(client, s.setupMarks, [{ name: `${GENERATOR_MARK}:${options.articles}` }]);
    options.log('  VACUUM ANALYZE (fresh statistics for the planner)...');
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
}

/** The article count of a complete earlier generation in this database, or null. */
export async function generatedCount(url: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(`select name from setup_marks where name like $1 limit 1`, [`${GENERATOR_MARK}:%`]);
    return rows[0] ? Number(rows[0].name.split(':')[1]) : null;
  } finally {
    await client.end();
  }
}
