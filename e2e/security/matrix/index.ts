import { mediaEntries } from '../../media/access-matrix';
import { accessEntries } from './access';
import { altchaEntries } from './altcha';
import { collabEntries } from './collab';
import { agencyPagesEntries } from './agency-pages';
import { articleEntries } from './articles';
import { d1Entries } from './d1';
import { g1Entries } from './g1';
import { mostReadEntries } from './most-read';
import { n1Entries } from './n1';
import { n2Entries } from './n2';
import { n3Entries } from './n3';
import { newsroomDayEntries } from './newsroom-day';
import { newsroomExtraEntries } from './newsroom-extra';
import { q1Entries } from './q1';
import { s1Entries } from './s1';
import { searchSuggestEntries } from './s2';
import { suggestionEntries } from './suggestions';
import { threadEntries } from './threads';
import { threadsUiEntries } from './threads-ui';
import type { MatrixEntry } from './types';

/** Every row of the authorization matrix. A new area adds its file here. */
export const MATRIX: MatrixEntry[] = [
  ...accessEntries,
  ...articleEntries,
  ...newsroomExtraEntries,
  ...mediaEntries,
  ...s1Entries,
  ...searchSuggestEntries,
  ...d1Entries,
  ...n1Entries,
  ...n2Entries,
  ...n3Entries,
  ...g1Entries,
  ...mostReadEntries,
  ...agencyPagesEntries,
  ...q1Entries,
  ...newsroomDayEntries,
  ...threadEntries,
  ...altchaEntries,
  ...collabEntries,
  ...suggestionEntries,
  ...threadsUiEntries,
];
