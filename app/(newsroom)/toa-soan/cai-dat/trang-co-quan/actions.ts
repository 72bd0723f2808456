'use server';

import { type ActionResult, runAction } from '@/lib/auth/action';
import { parseAtDoor } from '@/lib/api/schemas';
import { chartUnitSchema, updateChartUnit } from '@/lib/data/site/agency-chart';
import { agencyTextsSchema, contactsSchema, updateAgencyTexts, updateLiaisonContacts } from '@/lib/data/site/agency-pages';

// The forms of the agency pages post plain objects and get a value back, so a refusal is shown
// next to the form and nothing typed is lost. Each is parsed here with the data layer's strict schema.

export async function saveAgencyTextsAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async (viewer) => (await updateAgencyTexts(viewer, parseAtDoor(agencyTextsSchema, input)), null));
}

export async function saveLiaisonContactsAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async (viewer) => (await updateLiaisonContacts(viewer, parseAtDoor(contactsSchema, input)), null));
}

export async function saveChartUnitAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async (viewer) => (await updateChartUnit(viewer, parseAtDoor(chartUnitSchema, input)), null));
}
