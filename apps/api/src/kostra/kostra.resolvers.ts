import { KostraResolver } from './kostra.resolver';

export const KOSTRA_RESOLVERS = [KostraResolver];
