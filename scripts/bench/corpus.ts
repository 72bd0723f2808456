// Vietnamese material for generated stories: the sentences, headings, captions and tables of the
// committed demo articles (real Vietnamese with every diacritic), plus word lists to make many
// distinct titles, people, tags and places. Deterministic: the same seed gives the same site.
import { loadDemoArticles } from '../../db/seed/demo-content';
import type { SeedBlock } from '../../db/seed/types';

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
export const between = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

export function sample<T>(r: Random, list: readonly T[], n: number): T[] {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ“"])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 30);
}

const demoArticles = loadDemoArticles();
const blocks: SeedBlock[] = demoArticles.flatMap((a) => a.blocks);

export const SENTENCES: readonly string[] = [...new Set(blocks.flatMap((b) => (b.type === 'p' ? sentencesOf(b.text) : [])))];
export const HEADINGS: readonly string[] = [...new Set(blocks.flatMap((b) => (b.type === 'h2' || b.type === 'h3' ? [b.text] : [])))];
export const QUOTES: readonly string[] = blocks.flatMap((b) => (b.type === 'quote' ? [b.text] : []));
export const LISTS: readonly string[][] = blocks.flatMap((b) => (b.type === 'ul' || b.type === 'ol' ? [b.items] : []));
export const TABLES: readonly string[][][] = blocks.flatMap((b) => (b.type === 'table' ? [b.rows] : []));
export const FIGURES: ReadonlyArray<{ caption: string; alt: string }> = blocks.flatMap((b) =>
  b.type === 'figure' ? [{ caption: b.caption, alt: b.alt }] : [],
);
export const SAPO_TAILS: readonly string[] = demoArticles.flatMap((a) => sentencesOf(a.sapo).slice(1));

export const PROVINCES = [
  'Hà Nội', 'Thành phố Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Lào Cai', 'Yên Bái', 'Hà Giang', 'Cao Bằng',
  'Lạng Sơn', 'Quảng Ninh', 'Thái Nguyên', 'Bắc Ninh', 'Bắc Giang', 'Phú Thọ', 'Vĩnh Phúc', 'Hưng Yên', 'Hải Dương', 'Thái Bình',
  'Nam Định', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình', 'Quảng Trị', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định',
  'Phú Yên', 'Khánh Hòa', 'Ninh Thuận', 'Bình Thuận', 'Kon Tum', 'Gia Lai', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng', 'Bình Phước',
  'Tây Ninh', 'Bình Dương', 'Đồng Nai', 'Bà Rịa - Vũng Tàu', 'Long An', 'Tiền Giang', 'Bến Tre', 'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp',
  'An Giang', 'Kiên Giang', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau', 'Sơn La', 'Điện Biên', 'Lai Châu', 'Hòa Bình',
  'Tuyên Quang', 'Bắc Kạn', 'Hà Nam',
] as const;

const CITIES = new Set(['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế']);

/** How a sentence names a province: "tỉnh Lào Cai", "thành phố Đà Nẵng", "Thành phố Hồ Chí Minh". */
export function placeOf(province: string): string {
  if (province.startsWith('Thành phố')) return province;
  return CITIES.has(province) ? `thành phố ${province}` : `tỉnh ${province}`;
}

export const REGIONS = [
  'vùng Trung du và miền núi Bắc Bộ', 'vùng Đồng bằng sông Hồng', 'vùng Bắc Trung Bộ và duyên hải miền Trung', 'vùng Tây Nguyên',
  'vùng Đông Nam Bộ', 'vùng Đồng bằng sông Cửu Long', 'vùng kinh tế trọng điểm phía Nam', 'vùng Thủ đô',
] as const;

export const TOPICS = [
  'kinh tế tư nhân', 'liên kết vùng', 'chuyển đổi số', 'kinh tế tập thể', 'hạ tầng giao thông', 'nông nghiệp công nghệ cao',
  'thu hút đầu tư nước ngoài', 'phát triển bền vững', 'kinh tế biển', 'thị trường lao động', 'cải cách thể chế', 'năng lượng tái tạo',
  'doanh nghiệp nhà nước', 'kinh tế số', 'đô thị hóa', 'xây dựng nông thôn mới', 'giảm nghèo bền vững', 'thị trường vốn',
  'chính sách tài khóa', 'xuất khẩu nông sản', 'khu công nghiệp', 'du lịch cộng đồng', 'thích ứng biến đổi khí hậu', 'kinh tế tuần hoàn',
  'nguồn nhân lực chất lượng cao', 'khoa học, công nghệ và đổi mới sáng tạo', 'quy hoạch tỉnh', 'an ninh lương thực', 'logistics',
  'tăng trưởng xanh', 'đất đai', 'hợp tác xã kiểu mới', 'kinh tế cửa khẩu', 'công nghiệp hỗ trợ', 'ngân sách nhà nước',
] as const;

/** [how a title says it, what the unit did in the opening sentence]. */
export const EVENTS: ReadonlyArray<readonly [string, string]> = [
  ['Hội nghị tổng kết công tác về', 'tổ chức hội nghị tổng kết công tác về'],
  ['Hội thảo khoa học về', 'tổ chức hội thảo khoa học về'],
  ['Tọa đàm chuyên đề về', 'tổ chức tọa đàm chuyên đề về'],
  ['Đoàn công tác của Ban khảo sát về', 'chủ trì đoàn công tác khảo sát về'],
  ['Làm việc với lãnh đạo tỉnh về', 'làm việc với lãnh đạo địa phương về'],
  ['Sơ kết thực hiện Nghị quyết về', 'tổ chức sơ kết thực hiện Nghị quyết về'],
  ['Góp ý dự thảo đề án về', 'lấy ý kiến góp ý dự thảo đề án về'],
  ['Tổng kết 10 năm thực hiện chính sách về', 'tổ chức tổng kết 10 năm thực hiện chính sách về'],
  ['Báo cáo chuyên đề về', 'trình bày báo cáo chuyên đề về'],
  ['Thúc đẩy', 'làm việc về các giải pháp thúc đẩy'],
  ['Tháo gỡ vướng mắc trong', 'làm việc về tháo gỡ vướng mắc trong'],
  ['Nâng cao hiệu quả', 'trao đổi về nâng cao hiệu quả'],
  ['Đổi mới cơ chế', 'thảo luận về đổi mới cơ chế'],
  ['Định hướng phát triển', 'góp ý định hướng phát triển'],
];

export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trịnh', 'Đinh'] as const;
export const MIDDLE = ['Văn', 'Thị', 'Hồng', 'Minh', 'Quốc', 'Thanh', 'Đức', 'Ngọc', 'Xuân', 'Hữu', 'Thu', 'Kim', 'Trọng', 'Anh'] as const;
export const GIVEN = [
  'Sơn', 'Bình', 'Hà', 'Lan', 'Dũng', 'Hùng', 'Thắng', 'Tuấn', 'Hương', 'Phương', 'Nam', 'Hải', 'Long', 'Trung', 'Đông', 'Thịnh',
  'Cường', 'Hòa', 'Khánh', 'Linh', 'Quang', 'Vinh', 'Yến', 'Thảo', 'Đạt', 'Hiếu', 'Nghĩa', 'Phúc', 'Tâm', 'Uyên',
] as const;

export const UNITS = [
  { slug: 'ban-kinh-te-trung-uong', name: 'Ban Kinh tế Trung ương', shortName: 'BKTTW' },
  { slug: 'vu-kinh-te-vung-va-dia-phuong', name: 'Vụ Kinh tế vùng và Địa phương', shortName: 'Vụ KTV&ĐP' },
  { slug: 'vu-kinh-te-nganh', name: 'Vụ Kinh tế ngành', shortName: 'Vụ KTN' },
  { slug: 'vu-kinh-te-tong-hop', name: 'Vụ Kinh tế tổng hợp', shortName: 'Vụ KTTH' },
  { slug: 'trung-tam-thong-tin-phan-tich-va-du-bao-kinh-te', name: 'Trung tâm Thông tin, Phân tích và Dự báo kinh tế', shortName: 'TTTTPT&DBKT' },
  { slug: 'van-phong-ban', name: 'Văn phòng Ban', shortName: 'VPB' },
] as const;

export const SECTIONS = [
  { slug: 'hoat-dong-cua-ban', name: 'Hoạt động của Ban', description: 'Hội nghị, làm việc và các hoạt động của lãnh đạo, các vụ, đơn vị thuộc Ban.' },
  { slug: 'tin-tuc-su-kien', name: 'Tin tức - Sự kiện', description: 'Tin tức kinh tế - xã hội và sự kiện nổi bật trong nước.' },
  { slug: 'hoi-nghi-hoi-thao', name: 'Hội nghị - Hội thảo', description: 'Tường thuật các hội nghị, hội thảo, tọa đàm khoa học.' },
  { slug: 'nghien-cuu-trao-doi', name: 'Nghiên cứu - Trao đổi', description: 'Bài nghiên cứu, phân tích và trao đổi về chính sách kinh tế.' },
  { slug: 'kinh-te-dia-phuong', name: 'Kinh tế địa phương', description: 'Kinh tế vùng, tỉnh, thành phố và liên kết vùng.' },
] as const;

export const POSITION_TITLES = [
  (unit: string) => `Phó Trưởng ${unit}`,
  (unit: string) => `Vụ trưởng ${unit}`,
  (unit: string) => `Phó Vụ trưởng ${unit}`,
  (unit: string) => `Chuyên viên cao cấp ${unit}`,
  (_unit: string, province: string) => `Chủ tịch Ủy ban nhân dân tỉnh ${province}`,
  (_unit: string, province: string) => `Phó Bí thư Tỉnh ủy ${province}`,
  (_unit: string, province: string) => `Giám đốc Sở Kế hoạch và Đầu tư tỉnh ${province}`,
] as const;

export const BYLINES = ['TTTTPT&DBKT', 'Minh Anh', 'Thu Hà', 'Quốc Bảo', 'Hồng Nhung', 'Vụ KTV&ĐP', 'Thanh Tùng', 'Ngọc Lan'] as const;

/** Queries readers type: with and without diacritics, phrases, prefixes, a typo, a filter. */
export const SEARCH_QUERIES = [
  'hội nghị tổng kết',
  'hoi nghi tong ket',
  'kinh tế tư nhân',
  'kinh te tu nhan',
  'Đà Nẵng',
  'da nang',
  'liên kết vùng',
  'lien ket vung',
  '"chuyển đổi số"',
  'chuyen doi so',
  'chuyển*',
  'nông nghiệp công nghệ cao',
  'nong nghiep',
  'Nghị quyết 2019',
  'đồng bằng sông Cửu Long',
  'hoi ngi tong ket kinh te', // a typo: nothing matches, the trigram suggestions run
  // Word-aware ranking (lib/data/search/ranked-search.ts): pairs, accents, document numbers, abbreviations.
  'Hải Phòng',
  'hai phong',
  'Đảng',
  '45-NQ/TW',
  'Nghị quyết 45',
  'NQ 45',
  'TP.HCM',
  'UBND',
  'kinh tế - xã hội',
] as const;

// ---------------------------------------------------------------- sentences made from parts
// The demo sentences alone (about 170) would repeat in a fifth of all stories and make every search
// match nearly everything; these templates give each story sentences about its own place, topic and
// year, with numbers and names, so a place or a topic is found in the stories that are about it.

export interface StoryContext {
  /** "tỉnh Lào Cai", "thành phố Đà Nẵng" or a region. */
  place: string;
  /** A province even for a regional story: demo sentences name one. */
  province: string;
  topic: string;
  year: number;
  unit: string;
}

/** Amounts in thousands of billions of đồng. */
const METRICS = [
  'tổng sản phẩm trên địa bàn (GRDP)', 'kim ngạch xuất khẩu', 'thu ngân sách nhà nước', 'vốn đầu tư công giải ngân', 'tổng mức bán lẻ hàng hóa',
  'giá trị sản xuất công nghiệp', 'tổng vốn đầu tư toàn xã hội',
] as const;
const RATES = ['tỷ lệ lao động qua đào tạo', 'tỷ lệ đô thị hóa', 'tỷ lệ che phủ rừng', 'tỷ lệ xã đạt chuẩn nông thôn mới'] as const;
const ACTIONS = [
  'triển khai đồng bộ nhiều giải pháp về', 'ban hành kế hoạch thực hiện chương trình', 'tập trung tháo gỡ khó khăn, vướng mắc trong',
  'đẩy mạnh', 'ưu tiên bố trí nguồn lực cho', 'rà soát, sửa đổi các quy định liên quan đến', 'thành lập tổ công tác chuyên trách về',
] as const;
const OUTCOMES = [
  'nâng cao đời sống vật chất và tinh thần của nhân dân', 'thúc đẩy tăng trưởng kinh tế nhanh và bền vững', 'cải thiện môi trường đầu tư kinh doanh',
  'bảo đảm an sinh xã hội', 'tạo thêm việc làm cho người lao động', 'nâng cao năng lực cạnh tranh của địa phương', 'giữ vững ổn định kinh tế vĩ mô',
] as const;
const ENTITIES = ['doanh nghiệp', 'hợp tác xã', 'dự án', 'khu công nghiệp', 'xã đạt chuẩn nông thôn mới', 'sản phẩm OCOP', 'cụm liên kết ngành'] as const;
const ASKS = [
  'Trung ương sớm ban hành cơ chế, chính sách đặc thù về', 'các bộ, ngành tăng cường phối hợp trong', 'hoàn thiện khung pháp lý cho',
  'có giải pháp căn cơ, lâu dài về', 'ưu tiên nguồn vốn ngân sách trung ương cho', 'đánh giá đầy đủ tác động của chính sách về',
] as const;
const ROLES = ['Giám đốc Sở Kế hoạch và Đầu tư', 'Phó Chủ tịch Ủy ban nhân dân', 'Chủ tịch Hiệp hội Doanh nghiệp', 'Giám đốc Sở Tài chính', 'Trưởng Ban Quản lý các khu công nghiệp'] as const;

function person(r: Random): string {
  return `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`;
}

const TEMPLATES: ReadonlyArray<(r: Random, c: StoryContext) => string> = [
  (r, c) => `Theo báo cáo, năm ${c.year}, ${pick(r, METRICS)} của ${c.place} đạt ${between(r, 12, 980)} nghìn tỷ đồng, tăng ${between(r, 2, 19)},${between(r, 0, 9)}% so với năm trước.`,
  (r, c) => `Đồng chí ${person(r)}, ${pick(r, ROLES)} ${c.place} cho biết, thời gian qua địa phương đã ${pick(r, ACTIONS)} ${c.topic}, góp phần ${pick(r, OUTCOMES)}.`,
  (r, c) => `Đến nay, ${c.place} có ${between(r, 14, 2400)} ${pick(r, ENTITIES)} tham gia các chương trình về ${c.topic}, trong đó ${between(r, 3, 60)} mô hình được đánh giá hiệu quả.`,
  (r, c) => `Các đại biểu kiến nghị ${pick(r, ASKS)} ${c.topic}, bảo đảm phù hợp với điều kiện thực tiễn của ${c.place}.`,
  (r, c) => `Giai đoạn ${c.year - 4} - ${c.year}, ${pick(r, METRICS)} bình quân tăng ${between(r, 3, 14)},${between(r, 0, 9)}%/năm, cao hơn mức bình quân chung của cả nước.`,
  (r, c) => `Đến cuối năm ${c.year}, ${pick(r, RATES)} của ${c.place} đạt ${between(r, 28, 92)},${between(r, 0, 9)}%, vượt chỉ tiêu nghị quyết đề ra.`,
  (r, c) => `Đại diện ${c.unit} đề nghị ${c.place} tiếp tục ${pick(r, ACTIONS)} ${c.topic}, gắn với ${pick(r, OUTCOMES)}.`,
  (r, c) => `Bên cạnh kết quả đạt được, việc triển khai ${c.topic} ở ${c.place} vẫn còn hạn chế: nguồn lực còn phân tán, sự phối hợp giữa các sở, ngành chưa chặt chẽ.`,
  (r, c) => `Ông ${person(r)}, chuyên gia kinh tế, nhận định ${c.topic} là động lực quan trọng để ${c.place} ${pick(r, OUTCOMES)} trong những năm tới.`,
];

/** A sentence of the demo articles with its place names replaced by the story's own place. */
export function demoSentence(r: Random, c: StoryContext): string {
  let s = pick(r, SENTENCES);
  for (const p of PROVINCES) if (p !== c.province && s.includes(p)) s = s.split(p).join(c.province);
  return s;
}

export function madeSentence(r: Random, c: StoryContext): string {
  return pick(r, TEMPLATES)(r, c);
}
