// PURE. schema.org Legislation for a document's page (https://schema.org/Legislation).
import type { DocumentRelation } from './lineage';

export interface LegislationSource {
  slug: string;
  typeName: string;
  numberSymbol: string;
  issuer: string;
  issuedOn: string;
  effectiveOn: string | null;
  expiresOn: string | null;
  summary: string;
  status: 'not_yet' | 'in_force' | 'expired';
  files: Array<{ id: string; format: string }>;
  lineage: Array<{ relation: DocumentRelation; inverse: boolean; slug: string }>;
}

const FORCE: Record<LegislationSource['status'], string> = {
  not_yet: 'https://schema.org/NotInForce',
  in_force: 'https://schema.org/InForce',
  expired: 'https://schema.org/NotInForce',
};

const PROPERTY: Partial<Record<DocumentRelation, string>> = { amends: 'legislationAmends', supplements: 'legislationAmends', replaces: 'legislationRepeals', repeals: 'legislationRepeals' };

export function legislationJsonLd(doc: LegislationSource, origin: string, publisher: string): Record<string, unknown> {
  const url = (path: string) => `${origin}${path}`;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url(`/van-ban/${doc.slug}`),
    url: url(`/van-ban/${doc.slug}`),
    name: `${doc.typeName} ${doc.numberSymbol}`,
    legislationIdentifier: doc.numberSymbol,
    legislationType: doc.typeName,
    legislationPassedBy: { '@type': 'Organization', name: doc.issuer },
    legislationDate: doc.issuedOn,
    legislationLegalForce: FORCE[doc.status],
    abstract: doc.summary,
    inLanguage: 'vi',
    publisher: { '@type': 'Organization', name: publisher },
  };
  if (doc.effectiveOn) data.legislationDateOfApplicability = doc.effectiveOn;
  if (doc.expiresOn) data.expires = doc.expiresOn;
  if (doc.files.length) data.encoding = doc.files.map((f) => ({ '@type': 'MediaObject', contentUrl: url(`/van-ban/tep/${f.id}`), encodingFormat: f.format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
  for (const l of doc.lineage) {
    // Only what this document does to others: schema.org has no inverse properties.
    const property = l.inverse ? undefined : PROPERTY[l.relation];
    if (!property) continue;
    const list = (data[property] as unknown[] | undefined) ?? [];
    list.push({ '@id': url(`/van-ban/${l.slug}`) });
    data[property] = list;
  }
  return data;
}
