// The organisation chart of the agency pages: the units registry as a tree under the agency (whose
// name comes from the settings, so a rename renames the chart), each unit with its current head from
// the people registry and the month they took the post.

export interface ChartUnitRow {
  id: string;
  parentId: string | null;
  slug: string;
  name: string;
  nameEn: string;
}

export interface ChartHeadRow {
  positionId: string;
  unitId: string;
  personId: string;
  personSlug: string;
  fullName: string;
  title: string;
  titleEn: string;
  startsOn: string;
  endsOn: string | null;
}

export interface ChartHead {
  positionId: string;
  personId: string;
  personSlug: string;
  fullName: string;
  title: string;
  titleEn: string;
  /** YYYY-MM-DD the post was taken. */
  since: string;
}

export interface ChartNode {
  id: string;
  slug: string;
  name: string;
  nameEn: string;
  head: ChartHead | null;
  children: ChartNode[];
}

export interface Chart {
  /** The agency unit of the registry (null when none is linked: all top units hang under the agency). */
  root: ChartNode | null;
  units: ChartNode[];
}

/** Units deeper than this are not shown (a cycle or a runaway registry must not hang the page). */
export const MAX_CHART_DEPTH = 6;

/** The head on `day`: the latest post started on or before it and not ended before it. */
export function currentHead(heads: ChartHeadRow[], day: string): ChartHead | null {
  const current = heads
    .filter((h) => h.startsOn <= day && (!h.endsOn || h.endsOn >= day))
    .sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : 0))[0];
  return current
    ? { positionId: current.positionId, personId: current.personId, personSlug: current.personSlug, fullName: current.fullName, title: current.title, titleEn: current.titleEn, since: current.startsOn }
    : null;
}

export function buildChart(units: ChartUnitRow[], heads: ChartHeadRow[], agencyUnitId: string | null, day: string): Chart {
  const byUnit = new Map<string, ChartHeadRow[]>();
  for (const h of heads) byUnit.set(h.unitId, [...(byUnit.get(h.unitId) ?? []), h]);
  const children = new Map<string | null, ChartUnitRow[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const node = (u: ChartUnitRow, depth: number): ChartNode => ({
    id: u.id,
    slug: u.slug,
    name: u.name,
    nameEn: u.nameEn,
    head: currentHead(byUnit.get(u.id) ?? [], day),
    children: depth >= MAX_CHART_DEPTH ? [] : (children.get(u.id) ?? []).map((c) => node(c, depth + 1)),
  });
  const agency = agencyUnitId ? units.find((u) => u.id === agencyUnitId) : undefined;
  if (agency) {
    const root = node(agency, 0);
    return { root, units: root.children };
  }
  return { root: null, units: (children.get(null) ?? []).map((u) => node(u, 1)) };
}

/** "từ 01/2024" / "since 01/2024": the month is what a chart says about a post. */
export function sinceMonth(day: string): string {
  const [year, month] = day.split('-');
  return `${month}/${year}`;
}
