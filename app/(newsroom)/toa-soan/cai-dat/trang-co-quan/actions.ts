'use server';

import { type ActionResult, runAction } from '@/lib/auth/action';
import { updateChartUnit } from '@/lib/data/site/agency-chart';
import { updateAgencyTexts, updateLiaisonContacts } from '@/lib/data/site/agency-pages';

// The forms of the agency pages post plain objects and get a value back, so a refusal is shown
// next to the form and nothing typed is lost. The data layer parses them (strict schemas).

export async function saveAgencyTextsAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async (viewer) => (await updateAgencyTexts(viewer, input), null));
}

export async function saveLiaisonContactsAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async (viewer) => (await updateLiaisonContacts(viewer, input), null));
}

export async function saveChartUnitAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async (viewer) => (await updateChartUnit(viewer, input), null));
}
