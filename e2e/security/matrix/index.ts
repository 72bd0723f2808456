import { mediaEntries } from '../../media/access-matrix';
import { accessEntries } from './access';
import { articleEntries } from './articles';
import { d1Entries } from './d1';
import { n1Entries } from './n1';
import { n2Entries } from './n2';
import { n3Entries } from './n3';
import { newsroomDayEntries } from './newsroom-day';
import { newsroomExtraEntries } from './newsroom-extra';
import { s1Entries } from './s1';
import { searchSuggestEntries } from './s2';
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
  ...newsroomDayEntries,
];
