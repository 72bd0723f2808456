// PURE. The one rule for when a version records a correction ("Đính chính"): used when a version
// goes live (lib/data/articles/corrections.ts recordCorrection) and by the preview, which shows what
// publishing the version would add (lib/data/tokens/preview-links.ts).

/**
 * The note publishing a version records: its correction, trimmed, unless empty or the same as the
 * last correction recorded for the story (a note carried over unchanged into later updates, or a
 * withdrawn story published again, is not recorded twice). Null: nothing to record.
 */
export function correctionToRecord(meta: { correction?: string } | null | undefined, lastRecordedNote: string | undefined): string | null {
  const note = meta?.correction?.trim() ?? '';
  return note && note !== lastRecordedNote ? note : null;
}
