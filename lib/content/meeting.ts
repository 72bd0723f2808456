// PURE. The meeting facts of a meeting report, as stored with each revision (revisions.meeting) and
// shown to readers: domain types, so the editor, reader components and JSON-LD need not import the
// database schema to name them.

export type MeetingRole = 'chair' | 'attending' | 'presenter';

export interface MeetingPerson {
  personId?: string;
  name: string;
  /** Title held on the meeting date (copied from the registry or typed in). */
  title: string;
  role: MeetingRole;
}

export interface Meeting {
  /** ISO 8601 instant. */
  startsAt: string;
  location: string;
  organiserUnitId?: string;
  organiserName: string;
  people: MeetingPerson[];
  participants: string;
  conclusions: string;
}

/** A revision's credits and search-engine fields (revisions.meta). */
export interface RevisionMeta {
  byline: string;
  seoTitle?: string;
  seoDescription?: string;
  coverMediaId?: string;
  /**
   * "Đính chính": the correction this version makes to what readers already saw, in one or two
   * sentences. Only a story that was published has one; publishing a version whose note differs from
   * the live one records a dated correction (lib/data/articles/corrections.ts).
   */
  correction?: string;
}
