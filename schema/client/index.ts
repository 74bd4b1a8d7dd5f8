export { ApiError, request, type ClientOptions, type TypedDocument } from './graphql-client.js';
export { formatBytes, formatDate, formatDateTime, formatDay, formatNumber } from './format.js';
export { toQueryString } from './query-string.js';
export { uploadFile, type UploadedFile, type UploadKind } from './upload.js';
export { endpointRouteIds, refuseNonFormPost } from './form-post.js';
export * from './labels.js';
export type * from './enums.js';
export * from './security-headers.js';
