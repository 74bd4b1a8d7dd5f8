/** Page sizes of every connection (`first`), shared by the resolvers and the cost limits. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
