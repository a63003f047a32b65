/** Route pattern; addresses are Norwegian since people share and read them. */
export const IMPORT_ROUTE = 'import';
