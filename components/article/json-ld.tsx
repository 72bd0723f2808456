import { jsonLdScript } from '@/lib/seo/json-ld';

/** schema.org data; a data block, never executed, so the page's script policy does not apply. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }} />;
}
