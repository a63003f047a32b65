export const KOSTRA_ROUTE = 'kostra';
