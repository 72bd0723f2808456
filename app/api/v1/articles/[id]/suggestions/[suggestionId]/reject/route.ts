import { decideRoute } from '../decide';

export const POST = decideRoute('reject');
