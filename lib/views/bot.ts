// PURE. Whether a User-Agent is a crawler, a preview fetcher or a script rather than a person's
// browser: such requests are not reads. A small pattern of our own (the maintained `isbot` package is
// not among the dependencies); it errs towards "bot" for anything that does not look like a browser.

const BOT_WORDS =
  /bot\b|bot[/_-]|crawl|spider|slurp|scrap|fetch|monitor|preview|prerender|lighthouse|pagespeed|headless|phantomjs|selenium|playwright|puppeteer|curl\/|wget|python|java\/|go-http|okhttp|axios|node-fetch|undici|httpclient|libwww|feed|rss|facebookexternalhit|facebookcatalog|whatsapp|telegram|zalo.*(?:link|preview)|skype|discord|slack|embedly|bingpreview|yandex|baidu|sogou|petalbot|bytespider|gptbot|chatgpt|claude|anthropic|perplexity|ccbot|amazonbot|applebot|duckduck|qwant|semrush|ahrefs|mj12|dotbot|archive\.org|ia_archiver|validator|checker|uptime|pingdom|statuscake|nagios|zabbix/i;

/** At most this much of the header is looked at (a request may send a huge one). */
const MAX_LENGTH = 512;

export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  const ua = (userAgent ?? '').slice(0, MAX_LENGTH).trim();
  // Every browser in use says Mozilla/5.0 (or Opera/); an empty or other header is a program.
  if (!/^(?:Mozilla\/5\.0|Opera\/)/.test(ua)) return true;
  return BOT_WORDS.test(ua);
}
