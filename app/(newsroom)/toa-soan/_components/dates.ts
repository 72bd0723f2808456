const FORMAT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "23/12/2019 15:30" in Vietnam's time zone, whatever the server's. */
export function formatDateTime(value: Date | string): string {
  const map: Record<string, string> = {};
  for (const p of FORMAT.formatToParts(typeof value === 'string' ? new Date(value) : value)) map[p.type] = p.value;
  return `${map.day}/${map.month}/${map.year} ${map.hour}:${map.minute}`;
}
