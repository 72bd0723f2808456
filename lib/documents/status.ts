// PURE. The status of effect of a document (tình trạng hiệu lực), from its dates and from the
// published documents that replace or repeal it.

export type EffectStatus = 'not_yet' | 'in_force' | 'expired';

export const EFFECT_STATUSES: readonly EffectStatus[] = ['in_force', 'not_yet', 'expired'];

export const EFFECT_LABEL: Record<EffectStatus, { vi: string; en: string }> = {
  not_yet: { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  in_force: { vi: 'Còn hiệu lực', en: 'In force' },
  expired: { vi: 'Hết hiệu lực', en: 'No longer in force' },
};

export interface EffectInput {
  issuedOn: string;
  effectiveOn: string | null;
  expiresOn: string | null;
  /** The days from which published documents replacing or repealing this one take effect. */
  endedBy: string[];
}

/** `today` is the calendar day in Vietnam (YYYY-MM-DD). A document takes effect on issue when no date is given. */
export function effectStatus(doc: EffectInput, today: string): EffectStatus {
  if (doc.expiresOn && doc.expiresOn < today) return 'expired';
  if (doc.endedBy.some((day) => day <= today)) return 'expired';
  if ((doc.effectiveOn ?? doc.issuedOn) > today) return 'not_yet';
  return 'in_force';
}

/** Today's date in Vietnam, as YYYY-MM-DD. */
export function vietnamToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
