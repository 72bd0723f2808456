import { mediaEntries } from '../../media/access-matrix';
import { accessEntries } from './access';
import { articleEntries } from './articles';
import { n2Entries } from './n2';
import { newsroomExtraEntries } from './newsroom-extra';
import type { MatrixEntry } from './types';

/** Every row of the authorization matrix. A new area adds its file here. */
export const MATRIX: MatrixEntry[] = [...accessEntries, ...articleEntries, ...newsroomExtraEntries, ...mediaEntries, ...n2Entries];
