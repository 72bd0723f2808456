// Response shapes of API v1 as they travel (JSON: instants are ISO 8601 strings). They generate the
// OpenAPI document's response schemas; lib/api/resources.int.test.ts parses what the data layer
// really returns with them, so the document cannot silently describe something else.
import { z } from 'zod';
import { ROLES } from '@/lib/policy/roles';
import { EVENTS, STATES } from '@/lib/workflow/transition';

const id = z.uuid();
const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant');

export const problemSchema = z
  .object({
    type: z.string().describe('Always about:blank: `code` says what kind of problem it is'),
    title: z.string().describe('Short Vietnamese title of the status'),
    status: z.number().int().min(400).max(599),
    code: z.string().describe('Stable, for programs: invalid, unauthenticated, forbidden, not_found, conflict, precondition, stale, rate_limited, unavailable, internal, …'),
    detail: z.string().describe('Vietnamese, for people: what happened and what to do'),
  })
  .describe('RFC 9457 problem details (application/problem+json).');

export const staleProblemSchema = problemSchema
  .extend({
    changes: z
      .object({
        fields: z.array(z.string()).describe('Fields changed since the version named in If-Match'),
        revisions: z.array(id).describe('Revisions saved since then'),
        diff: z.string().optional().describe('Newsroom page showing the difference'),
      })
      .optional()
      .describe('Present when a transition named a version that has since changed'),
  })
  .describe('412: the story changed since the version named in If-Match.');

const tiptapDoc = z.record(z.string(), z.unknown()).describe('Tiptap JSON document (type "doc"), validated against the shared extension list');

const meetingSchema = z.object({
  startsAt: instant,
  location: z.string(),
  organiserUnitId: id.optional(),
  organiserName: z.string(),
  people: z.array(z.object({ personId: id.optional(), name: z.string(), title: z.string(), role: z.enum(['chair', 'attending', 'presenter']) })),
  participants: z.string(),
  conclusions: z.string(),
});

export const articleSchema = z
  .object({
    id,
    slug: z.string(),
    kind: z.enum(['news', 'meeting_report']),
    language: z.string().describe('"vi" or "en": the language the story is written in'),
    status: z.enum(STATES),
    version: z.number().int().min(1).describe('Also in the ETag: "<id>.v<version>"'),
    section: z.object({ id, slug: z.string(), name: z.string() }).nullable(),
    tags: z.array(z.string()),
    authors: z.array(z.object({ id, name: z.string() })),
    title: z.string(),
    sapo: z.string(),
    body: tiptapDoc,
    meta: z.object({ byline: z.string(), seoTitle: z.string().optional(), seoDescription: z.string().optional(), coverMediaId: id.optional(), correction: z.string().optional() }),
    meeting: meetingSchema.nullable(),
    currentRevisionId: id,
    liveRevisionId: id.nullable(),
    approvedRevisionId: id.nullable(),
    approval: z
      .object({ approverName: z.string(), approverTitle: z.string(), revisionId: id, contentHash: z.string(), note: z.string().nullable(), at: instant })
      .nullable(),
    embargoUntil: instant.nullable(),
    scheduledAt: instant.nullable(),
    scheduledUnpublishAt: instant.nullable(),
    publishedAt: instant.nullable(),
    liveUpdatedAt: instant.nullable(),
    createdBy: id.nullable(),
    createdAt: instant,
    updatedAt: instant,
    links: z.object({ self: z.string(), revisions: z.string(), events: z.string(), transitions: z.string(), public: z.string().optional().describe('Reader URL, once the story is live') }),
  })
  .describe('A story with its working copy (current revision). The ETag header carries its version.');

export const articleListSchema = z.object({
  items: z.array(
    z.object({
      id,
      slug: z.string(),
      kind: z.enum(['news', 'meeting_report']),
      status: z.enum(STATES),
      version: z.number().int(),
      title: z.string().describe('Title of the working copy'),
      section: z.string().nullable().describe('Section name'),
      authorName: z.string().nullable(),
      createdAt: instant,
      updatedAt: instant,
      publishedAt: instant.nullable(),
      scheduledAt: instant.nullable(),
    }),
  ),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  total: z.number().int().min(0).describe('Matching stories; with sort=relevance at most the ranked pool (see capped)'),
  capped: z.boolean().describe('Relevance ranked only the newest matches; more exist (narrow the filters or sort by date)'),
  sort: z.enum(['relevance', 'newest', 'oldest', 'title']).describe('The order used'),
});

export const revisionListSchema = z.object({
  items: z.array(
    z.object({
      id,
      number: z.number().int(),
      title: z.string(),
      contentHash: z.string(),
      origin: z.string().describe('save, autosave, import, restore, …'),
      changedFields: z.array(z.string()),
      authorId: id.nullable(),
      authorName: z.string().nullable(),
      createdAt: instant,
      openThreads: z.number().int().min(0).describe('Comment threads open when this revision was made'),
    }),
  ),
});

export const eventListSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      event: z.union([z.enum(EVENTS), z.string()]).describe('A workflow event, or create, metadata_changed, approval_voided, …'),
      fromStatus: z.enum(STATES).nullable(),
      toStatus: z.enum(STATES).nullable(),
      note: z.string().nullable(),
      revisionId: id.nullable(),
      actorId: id.nullable(),
      actorName: z.string().nullable(),
      data: z.record(z.string(), z.unknown()).nullable(),
      createdAt: instant,
    }),
  ),
});

export const commentSchema = z.object({ id, body: z.string(), authorId: id, createdAt: instant });
export const commentListSchema = z.object({ items: z.array(commentSchema.extend({ authorName: z.string() })) });
// POST returns the stored row.
export const commentCreatedSchema = commentSchema.extend({ articleId: id });

const threadReplyItemSchema = z.object({ id, authorId: id, authorName: z.string(), body: z.string(), createdAt: instant });
export const threadSchema = z.object({
  id,
  articleId: id,
  quote: z.string().describe('The words the thread was opened on'),
  status: z.enum(['open', 'resolved']),
  anchored: z.boolean().describe('false: the anchored words are no longer in the working copy'),
  createdBy: id,
  createdByName: z.string(),
  createdAt: instant,
  resolvedBy: id.nullable(),
  resolvedAt: instant.nullable(),
  replies: z.array(threadReplyItemSchema).describe('Oldest first; the first is the opening comment'),
});
export const threadListSchema = z.object({ items: z.array(threadSchema) });
export const threadReplyCreatedSchema = z.object({ id, threadId: id, authorId: id, body: z.string(), createdAt: instant, mentioned: z.array(id).describe('Who the @[user id] mentions notified') });

export const suggestionSchema = z.object({
  id,
  kind: z.enum(['insertion', 'deletion', 'replacement', 'modification']).describe('replacement: a deletion and an insertion made together'),
  authorId: id.nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string().nullable().describe('ISO 8601 instant the suggestion was made'),
  inserted: z.string().describe('The suggested new text (insertion, replacement, the text a modification changes)'),
  deleted: z.string().describe('The text suggested for removal'),
});
export const suggestionListSchema = z.object({ items: z.array(suggestionSchema) });
export const suggestionDecidedSchema = z.object({
  version: z.number().int().describe('The story version after the decision'),
  status: z.string(),
  revisionId: id.describe('The new working revision'),
  changed: z.boolean(),
  approvalVoided: z.boolean(),
});

export const previewLinkCreatedSchema = z.object({ id, url: z.string().describe('/xem-truoc/<token>: shown once'), expiresAt: instant });
/** A one-minute ticket for the co-editing websocket (issue #24): open `path` on this origin with the provider. */
export const collabTicketSchema = z.object({
  ticket: z.string().describe('Signed for this user and story; send it as the provider token; valid 60 s, ask again on every reconnect'),
  expiresAt: instant,
  document: id.describe('The document name to open (the story id)'),
  path: z.string().describe('The websocket path on this origin: /collab/{story id} (the story in the path keeps its editors on one collaboration server when several run)'),
  access: z.enum(['write', 'read']).describe('What the server grants now; it decides again on connect'),
});
export const previewLinkListSchema = z.object({
  items: z.array(z.object({ id, revisionId: id, expiresAt: instant, revokedAt: instant.nullable(), createdAt: instant, createdBy: z.string() })),
});

const figureMediaSchema = z.object({
  src: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  srcSet: z.object({ avif: z.string().optional(), webp: z.string().optional(), jpeg: z.string().optional() }),
});

const mediaVideoSchema = z.object({
  status: z.enum(['processing', 'ready', 'failed']).describe('Processing into a web MP4 and poster happens in a job after upload'),
  failureReason: z.string().nullable().describe('Vietnamese, when status is failed'),
  durationSeconds: z.number(),
  playbackUrl: z.string().nullable().describe('H.264/AAC MP4 (faststart), served with byte ranges; null until ready'),
  posterUrl: z.string().nullable(),
  captionsUrl: z.string().nullable().describe('WebVTT captions (Vietnamese)'),
});

export const mediaItemSchema = z.object({
  id,
  kind: z.enum(['image', 'document', 'video']),
  mimeType: z.string(),
  originalFilename: z.string(),
  byteSize: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  alt: z.string(),
  caption: z.string(),
  credit: z.string(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
  image: figureMediaSchema.nullable(),
  video: mediaVideoSchema.nullable(),
  uploadedBy: z.object({ id, name: z.string() }).nullable(),
  createdAt: instant,
  usageCount: z.number().int(),
  needsAlt: z.boolean(),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
});

export const mediaPageSchema = z.object({ items: z.array(mediaItemSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const mediaUsageSchema = z.object({
  mediaId: id,
  articles: z.array(
    z.object({
      articleId: id,
      title: z.string().nullable().describe('Null when the caller may not read the story'),
      status: z.enum(STATES),
      inCurrent: z.boolean(),
      inLive: z.boolean(),
      href: z.string().nullable(),
    }),
  ),
});

export const deletedSchema = z.object({ deleted: z.literal(true) });
export const okSchema = z.object({ ok: z.literal(true) });

export const meSchema = z.object({ id, name: z.string(), email: z.string(), roles: z.array(z.enum(ROLES)) });

export const tokenListSchema = z.object({
  tokens: z.array(
    z.object({ id, name: z.string(), prefix: z.string(), createdAt: instant, lastUsedAt: instant.nullable(), expiresAt: instant.nullable(), revokedAt: instant.nullable() }),
  ),
});
export const tokenCreatedSchema = z.object({ id, token: z.string().describe('ktw_…: shown once, only its SHA-256 is stored'), prefix: z.string(), expiresAt: instant.nullable() });

const userListItemSchema = z.object({
  id,
  email: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  isActive: z.boolean(),
  hasPassword: z.boolean(),
  lastSignInAt: instant.nullable(),
});
export const userListSchema = z.object({ users: z.array(userListItemSchema) });
export const userDetailSchema = userListItemSchema.extend({
  createdAt: instant,
  locked: z.union([z.object({ locked: z.literal(false) }), z.object({ locked: z.literal(true), retryAfterSeconds: z.number().int() })]),
  audit: z.array(z.object({ id: z.number().int(), action: z.string(), actorName: z.string().nullable(), ip: z.string().nullable(), data: z.record(z.string(), z.unknown()), createdAt: instant })),
});
export const userChangedSchema = z.object({ roles: z.array(z.enum(ROLES)).optional(), isActive: z.boolean().optional() });
const passwordLinkFields = {
  mailed: z.boolean().describe('Whether the link was mailed (SMTP_URL set)'),
  expiresAt: instant,
  setPasswordUrl: z.string().optional().describe('The one-time link, returned once when it was not mailed'),
};
export const userInvitedSchema = z.object({ user: z.object({ id, email: z.string(), name: z.string(), roles: z.array(z.enum(ROLES)) }), ...passwordLinkFields });
export const passwordLinkSchema = z.object(passwordLinkFields);

export const notificationListSchema = z.object({
  items: z.array(z.object({ id, userId: id, articleId: id.nullable(), kind: z.string(), message: z.string(), readAt: instant.nullable(), createdAt: instant })),
  unread: z.number().int(),
});
export const notificationsMarkedSchema = z.object({ marked: z.number().int().describe('How many were marked read') });

export const sectionListSchema = z.object({ items: z.array(z.object({ id, slug: z.string(), name: z.string(), nameEn: z.string() })) });
export const personListSchema = z.object({
  items: z.array(z.object({ id, name: z.string(), positions: z.array(z.object({ title: z.string(), from: z.iso.date(), to: z.iso.date().nullable() })) })),
});
export const unitListSchema = z.object({ items: z.array(z.object({ id, name: z.string() })) });

const publicItemSchema = z.object({
  id,
  slug: z.string(),
  title: z.string(),
  sapo: z.string(),
  publishedAt: instant,
  section: z.object({ slug: z.string(), name: z.string(), nameEn: z.string() }).nullable(),
  url: z.string(),
});
export const publicArticleListSchema = z.object({
  items: z.array(publicItemSchema),
  page: z.number().int().optional().describe('With ?section='),
  pageCount: z.number().int().optional(),
  total: z.number().int().optional(),
});

export const publicPeopleListSchema = z.object({
  items: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      title: z.string().nullable().describe('Their position today'),
      url: z.string().describe('The person page, relative to the site'),
    }),
  ),
});

export const questionChallengeSchema = z
  .object({
    parameters: z
      .object({
        algorithm: z.string().describe('PBKDF2/SHA-256'),
        cost: z.number().int().describe('PBKDF2 rounds per try'),
        expiresAt: z.number().int().describe('Unix time in seconds; after it the solution no longer verifies'),
        keyLength: z.number().int(),
        keyPrefix: z.string().describe('Hex the derived key must start with'),
        keySignature: z.string(),
        nonce: z.string(),
        salt: z.string(),
      })
      .describe('Signed as a whole: change any of them and the solution is refused'),
    signature: z.string().describe('HMAC-SHA-256 of the parameters'),
  })
  .describe('An ALTCHA proof-of-work challenge (PoW v2)');

/** The response schemas by their name in the OpenAPI document (components.schemas). */
export const RESOURCE_SCHEMAS = {
  Problem: problemSchema,
  StaleProblem: staleProblemSchema,
  Article: articleSchema,
  ArticleList: articleListSchema,
  RevisionList: revisionListSchema,
  EventList: eventListSchema,
  CommentList: commentListSchema,
  Comment: commentCreatedSchema,
  ThreadList: threadListSchema,
  Thread: threadSchema,
  ThreadReply: threadReplyCreatedSchema,
  SuggestionList: suggestionListSchema,
  SuggestionDecided: suggestionDecidedSchema,
  PreviewLinkList: previewLinkListSchema,
  PreviewLinkCreated: previewLinkCreatedSchema,
  CollabTicket: collabTicketSchema,
  MediaItem: mediaItemSchema,
  MediaPage: mediaPageSchema,
  MediaUsage: mediaUsageSchema,
  Deleted: deletedSchema,
  Ok: okSchema,
  Me: meSchema,
  TokenList: tokenListSchema,
  TokenCreated: tokenCreatedSchema,
  UserList: userListSchema,
  UserDetail: userDetailSchema,
  UserChanged: userChangedSchema,
  UserInvited: userInvitedSchema,
  PasswordLink: passwordLinkSchema,
  NotificationList: notificationListSchema,
  NotificationsMarked: notificationsMarkedSchema,
  SectionList: sectionListSchema,
  PersonList: personListSchema,
  UnitList: unitListSchema,
  PublicArticleList: publicArticleListSchema,
  PublicPeopleList: publicPeopleListSchema,
  QuestionChallenge: questionChallengeSchema,
} satisfies Record<string, z.ZodType>;
