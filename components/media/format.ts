// PURE. Small display helpers for media items (server and client).

/** "850 KB", "12,4 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('vi-VN')} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** "PDF", "JPEG", "PNG" … from the MIME type of the original. */
export function formatLabel(mimeType: string): string {
  if (mimeType === 'application/pdf') return 'PDF';
  return (mimeType.split('/')[1] ?? mimeType).toUpperCase();
}

/** A name for the item in lists: its caption, else its file name. */
export function itemTitle(item: { caption: string; originalFilename: string }): string {
  return item.caption.trim() || item.originalFilename || 'Không có tên';
}
