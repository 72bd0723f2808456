// Shape of demo content. Plain data: the seeder turns it into Tiptap JSON,
// revisions, figures (with locally generated placeholder photos) and meeting metadata.

export type SectionSlug =
  | 'hoat-dong-cua-ban'
  | 'tin-tuc-su-kien'
  | 'hoi-nghi-hoi-thao'
  | 'nghien-cuu-trao-doi'
  | 'kinh-te-dia-phuong';

export type SeedBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'h3'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'ol'; items: string[] }
  | { type: 'quote'; text: string }
  /** A photo: the seeder generates a placeholder image; caption shown under it. */
  | { type: 'figure'; caption: string; alt: string; credit?: string }
  /** A simple table; first row is the header row. */
  | { type: 'table'; rows: string[][] };

export interface SeedMeetingPerson {
  /** Full name, e.g. "Nguyễn Hồng Sơn". Must match a SeedPerson.name when that person is in the registry. */
  name: string;
  /** Title held on the meeting date, e.g. "Phó Trưởng Ban Kinh tế Trung ương". */
  title: string;
  role: 'chair' | 'attending' | 'presenter';
}

export interface SeedMeeting {
  /** ISO 8601 with +07:00 offset, e.g. "2019-12-23T14:00:00+07:00". */
  startsAt: string;
  location: string;
  /** Organising unit name, e.g. "Vụ Kinh tế vùng và Địa phương". */
  organiser: string;
  people: SeedMeetingPerson[];
  participants: string;
  conclusions: string;
}

export interface SeedArticle {
  /** Lowercase ASCII, hyphen-separated, derived from the title (đ -> d). Unique. */
  slug: string;
  section: SectionSlug;
  kind: 'news' | 'meeting_report';
  title: string;
  /** The bold opening paragraph under the title. */
  sapo: string;
  /** ISO 8601 with +07:00 offset. */
  publishedAt: string;
  /** A unit code such as "TTTTPT&DBKT" or a free-text byline such as "Minh Anh". */
  byline: string;
  tags: string[];
  blocks: SeedBlock[];
  meeting?: SeedMeeting;
  /** Shown larger on the home page. */
  featured?: boolean;
  /** The language the story is written in (default 'vi'). */
  language?: 'vi' | 'en';
}

export interface SeedPersonPosition {
  title: string;
  unit?: string;
  /** ISO date YYYY-MM-DD */
  from: string;
  to?: string;
}

export interface SeedPerson {
  name: string;
  slug: string;
  positions: SeedPersonPosition[];
}
