// Fills a benchmark database with N published stories and everything around them (agency settings,
// units, people with positions, sections, tags, staff, photos), with the same rows the demo seeder
// and the workflow write: article, revision, sign-off, five workflow events, authors, tags, people,
// search document. Written in bulk: one INSERT ... SELECT FROM unnest($1::type[], ...) per table and
// batch, batches of 1,000 stories in their own transactions, the next batch built while the
// database writes the previous one.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { slugify, uniqueSlug } from '@/lib/slug/slugify';
import { between, FAMILY, GIVEN, MIDDLE, pick, POSITION_TITLES, PROVINCES, rng, SECTIONS, TOPICS, UNITS, type Random } from './corpus';
import type { PoolPhoto } from './images';
import { capitalise, makeStory, type Registry, type Story } from './story';

export const GENERATOR_MARK = 'bench-generator-v1';
const BATCH = 1000;
const YEARS_OF_NEWS = 6;

type Column = readonly [name: string, type: string];

/** One statement for many rows: every column travels as one array parameter. */
async function insertMany(client: pg.ClientBase, table: string, columns: readonly Column[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  await client.query(`insert into "${table}" (${names}) select * from unnest(${arrays})`, columns.map((_, i) => rows.map((row) => row[i])));
}

export interface StaffIds {
  reporters: string[];
  editor: string;
  leader: string;
}

async function writeRegistry(client: pg.ClientBase, r: Random, photos: PoolPhoto[]): Promise<{ registry: Registry; staff: StaffIds }> {
  await client.query(
    `insert into site_settings (id, agency_name, agency_short_name, parent_agency_name, site_title, tagline, address, phone, email, responsible_person, responsible_title, licence, default_credit, contacts)
     values (1, 'Ban Chính sách, chiến lược Trung ương', 'BCSCLTW', 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam',
       'Cổng thông tin điện tử Ban Chính sách, chiến lược Trung ương', 'Thông tin kinh tế - xã hội, chính sách và chiến lược phát triển',
       'Hà Nội (dữ liệu đo hiệu năng)', '024 0000 0000', 'thongtin@bench.local', 'Trần Văn Minh',
       'Giám đốc Trung tâm Thông tin, Phân tích và Dự báo kinh tế', 'Giấy phép số 00/GP-TTĐT (dữ liệu mẫu)', 'TTTTPT&DBKT',
       '[{"name":"Nguyễn Thị Mai","title":"Cán bộ đầu mối cung cấp thông tin","phone":"024 0000 0001"}]')
     on conflict (id) do nothing`,
  );
  const units = UNITS.map((u) => ({ id: randomUUID(), ...u }));
  await insertMany(client, 'units', [['id', 'uuid'], ['slug', 'text'], ['name', 'text'], ['short_name', 'text'], ['parent_id', 'uuid']], units.map((u, i) => [u.id, u.slug, u.name, u.shortName, i === 0 ? null : units[0]!.id]));

  const takenPeople = new Set<string>();
  const people = Array.from({ length: 300 }, () => {
    const name = `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`;
    const slug = uniqueSlug(slugify(name), takenPeople);
    takenPeople.add(slug);
    const unit = pick(r, units);
    return { id: randomUUID(), name, slug, unitId: unit.id, title: pick(r, POSITION_TITLES)(unit.name, pick(r, PROVINCES)), from: `${between(r, 2012, 2022)}-0${between(r, 1, 9)}-01` };
  });
  await insertMany(client, 'people', [['id', 'uuid'], ['slug', 'text'], ['full_name', 'text']], people.map((p) => [p.id, p.slug, p.name]));
  await insertMany(
    client,
    'positions',
    [['person_id', 'uuid'], ['unit_id', 'uuid'], ['title', 'text'], ['starts_on', 'date']],
    people.map((p) => [p.id, p.unitId, p.title, p.from]),
  );

  const sections = SECTIONS.map((s) => ({ id: randomUUID(), ...s }));
  await insertMany(client, 'sections', [['id', 'uuid'], ['slug', 'text'], ['name', 'text'], ['description', 'text'], ['sort_order', 'int4']], sections.map((s, i) => [s.id, s.slug, s.name, s.description, i]));

  const tagNames = [...new Set([...TOPICS.map(capitalise), ...PROVINCES, 'Nghị quyết', 'Kinh tế vùng', 'Hội nghị', 'Chính sách', 'Thống kê', 'Dự báo kinh tế'])];
  const tags = tagNames.map((name) => ({ id: randomUUID(), name, slug: slugify(name) }));
  await insertMany(client, 'tags', [['id', 'uuid'], ['slug', 'text'], ['name', 'text']], tags.map((t) => [t.id, t.slug, t.name]));

  const leaderPerson = people[0]!;
  await client.query(`update positions set title = 'Phó Trưởng Ban Chính sách, chiến lược Trung ương' where person_id = $1`, [leaderPerson.id]);
  const staff = [
    ...Array.from({ length: 6 }, (_, i) => ({ id: randomUUID(), email: `bench-phongvien-${i + 1}@bench.local`, name: `Phóng viên ${i + 1}`, role: 'reporter', personId: null as string | null })),
    { id: randomUUID(), email: 'bench-bientap@bench.local', name: 'Biên tập viên đo hiệu năng', role: 'editor', personId: null },
    { id: randomUUID(), email: 'bench-lanhdao@bench.local', name: leaderPerson.name, role: 'leader', personId: leaderPerson.id },
  ];
  await insertMany(client, 'users', [['id', 'uuid'], ['email', 'text'], ['name', 'text'], ['person_id', 'uuid']], staff.map((u) => [u.id, u.email, u.name, u.personId]));
  for (const u of staff) await client.query(`update users set roles = array[$2::role] where id = $1`, [u.id, u.role]);

  await insertMany(
    client,
    'media',
    [['id', 'uuid'], ['storage_key', 'text'], ['original_filename', 'text'], ['mime_type', 'text'], ['byte_size', 'int4'], ['width', 'int4'], ['height', 'int4'], ['sha256', 'text'], ['alt', 'text'], ['caption', 'text'], ['credit', 'text'], ['variants', 'jsonb'], ['uploaded_by', 'uuid']],
    photos.map((p, i) => [p.id, p.storageKey, `anh-hoi-nghi-${i + 1}.jpg`, 'image/jpeg', p.byteSize, p.width, p.height, p.sha256, 'Ảnh minh họa hội nghị', 'Quang cảnh hội nghị', 'TTTTPT&DBKT', JSON.stringify(p.variants), staff[0]!.id]),
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
    staff: { reporters: staff.filter((u) => u.role === 'reporter').map((u) => u.id), editor: staff.at(-2)!.id, leader: staff.at(-1)!.id },
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

async function writeBatch(client: pg.ClientBase, rows: Row[], staff: StaffIds, leaderName: string): Promise<void> {
  const at = (row: Row, minutesBefore: number) => new Date(row.story.publishedAt.getTime() - minutesBefore * 60_000).toISOString();
  const live = rows.filter((r) => r.state === 'published');
  await client.query('begin');
  try {
    await insertMany(
      client,
      'articles',
      [['id', 'uuid'], ['slug', 'text'], ['kind', 'article_kind'], ['status', 'article_status'], ['version', 'int4'], ['section_id', 'uuid'], ['created_by', 'uuid'], ['featured', 'bool'], ['published_at', 'timestamptz'], ['unpublished_at', 'timestamptz'], ['slug_frozen', 'bool'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']],
      rows.map((r) => [
        r.id, r.story.slug, r.story.kind, r.state, r.state === 'draft' ? 1 : 5, r.story.sectionId, r.reporter, r.story.featured,
        r.state === 'draft' ? null : r.story.publishedAt.toISOString(), r.state === 'unpublished' ? at(r, -1440) : null, r.state !== 'draft', at(r, 300), at(r, 0),
      ]),
    );
    await insertMany(
      client,
      'revisions',
      [['id', 'uuid'], ['article_id', 'uuid'], ['number', 'int4'], ['title', 'text'], ['sapo', 'text'], ['body', 'jsonb'], ['meta', 'jsonb'], ['meeting', 'jsonb'], ['content_hash', 'text'], ['origin', 'text'], ['author_id', 'uuid'], ['created_at', 'timestamptz']],
      rows.map((r) => [r.revisionId, r.id, 1, r.story.title, r.story.sapo, JSON.stringify(r.story.body), JSON.stringify(r.story.meta), r.story.meeting ? JSON.stringify(r.story.meeting) : null, r.story.hash, 'seed', r.reporter, at(r, 280)]),
    );
    await client.query(
      `update articles a set current_revision_id = v.rev,
         live_revision_id = case when a.status = 'published' then v.rev end,
         approved_revision_id = case when a.status = 'draft' then null else v.rev end
       from unnest($1::uuid[], $2::uuid[]) as v(id, rev) where a.id = v.id`,
      [rows.map((r) => r.id), rows.map((r) => r.revisionId)],
    );
    const signed = rows.filter((r) => r.state !== 'draft');
    await insertMany(
      client,
      'approvals',
      [['article_id', 'uuid'], ['revision_id', 'uuid'], ['content_hash', 'text'], ['approver_id', 'uuid'], ['approver_name', 'text'], ['approver_title', 'text'], ['created_at', 'timestamptz']],
      signed.map((r) => [r.id, r.revisionId, r.story.hash, staff.leader, leaderName, 'Phó Trưởng Ban Chính sách, chiến lược Trung ương', at(r, 30)]),
    );
    const events: unknown[][] = [];
    for (const r of rows) {
      events.push([r.id, r.revisionId, r.reporter, 'create', null, 'draft', at(r, 300)]);
      if (r.state === 'draft') continue;
      events.push([r.id, r.revisionId, r.reporter, 'submit', 'draft', 'in_review', at(r, 240)]);
      events.push([r.id, r.revisionId, staff.editor, 'forward_for_approval', 'in_review', 'awaiting_approval', at(r, 120)]);
      events.push([r.id, r.revisionId, staff.leader, 'approve', 'awaiting_approval', 'approved', at(r, 30)]);
      events.push([r.id, r.revisionId, staff.editor, 'publish', 'approved', 'published', at(r, 0)]);
      if (r.state === 'unpublished') events.push([r.id, r.revisionId, staff.editor, 'unpublish', 'published', 'unpublished', at(r, -1440)]);
    }
    await insertMany(
      client,
      'workflow_events',
      [['article_id', 'uuid'], ['revision_id', 'uuid'], ['actor_id', 'uuid'], ['event', 'text'], ['from_status', 'article_status'], ['to_status', 'article_status'], ['created_at', 'timestamptz']],
      events,
    );
    await insertMany(client, 'article_authors', [['article_id', 'uuid'], ['user_id', 'uuid']], rows.map((r) => [r.id, r.reporter]));
    await insertMany(client, 'article_tags', [['article_id', 'uuid'], ['tag_id', 'uuid']], rows.flatMap((r) => r.story.tagIds.map((t) => [r.id, t])));
    await insertMany(client, 'article_search', [['article_id', 'uuid'], ['title', 'text'], ['sapo', 'text'], ['body_text', 'text']], live.map((r) => [r.id, r.story.title, r.story.sapo, r.story.bodyText]));
    const people = new Map<string, unknown[]>();
    for (const r of live) for (const p of r.story.people) people.set(`${r.id}:${p.personId}:${p.role}`, [r.id, p.personId, p.role]);
    await insertMany(client, 'article_people', [['article_id', 'uuid'], ['person_id', 'uuid'], ['role', 'text']], [...people.values()]);
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
    const leaderName = registry.people[0]!.name;

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
      pending = writeBatch(client, rows, staff, leaderName);
      if ((start / BATCH) % 10 === 9) options.log(`  ${start + rows.length} stories (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    await pending;
    await client.query(`insert into setup_marks (name) values ($1)`, [`${GENERATOR_MARK}:${options.articles}`]);
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
