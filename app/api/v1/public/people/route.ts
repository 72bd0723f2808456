import { parseQuery, publicPeopleQuerySchema } from '@/lib/api/schemas';
import { problemFromError } from '@/lib/auth/api';
import { ANONYMOUS } from '@/lib/policy/roles';
import { suggestPeople } from '@/lib/data/search/suggest-people';

// Names for the site search box as the reader types: only people with a public page (the rule of
// the person pages), a bounded query and list, cached briefly so a burst of keystrokes from many
// readers costs one query per prefix.
export async function GET(request: Request) {
  try {
    const { q } = parseQuery(publicPeopleQuerySchema, request);
    const people = await suggestPeople(q);
    return Response.json(
      { items: people.map((p) => ({ slug: p.slug, name: p.name, title: p.title, url: `/nhan-vat/${p.slug}` })) },
      { headers: { 'Cache-Control': 'public, max-age=60, s-maxage=60, stale-while-revalidate=300' } },
    );
  } catch (error) {
    // No viewer is read here: the suggestions need none.
    return problemFromError(error, ANONYMOUS);
  }
}
