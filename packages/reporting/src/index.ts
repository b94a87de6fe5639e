/**
 * @img-groningen/reporting — the reporting queries and the tRPC router. A host (apps/api)
 * serves `appRouter`; the dashboard imports only `type AppRouter`.
 */
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root';

export { appRouter, createCaller } from './root';
export type { AppRouter } from './root';
export type { Context } from './trpc';
export { setManagementRole } from './trpc';
export { warmManagementFigures } from './warm';
export {
  AuthError,
  DEFAULT_MANAGEMENT_ROLE,
  DEFAULT_ROLE_CLAIM,
  createTokenVerifier,
} from './auth';
export type { AuthConfig, TokenVerifier, User } from './auth';
export {
  publicCount,
  SMALL_CELL_THRESHOLD,
  ROUNDING_BASE,
  DISCLOSURE_RULES,
  percentilePublishable,
} from './disclosure';
export type { PublicCount, SuppressionReason } from './disclosure';
export type { ApplicationsPerScheme, SchemeCount } from './router/applications';

export { publishWeek, listPublications, PublicationError } from './publication/publish';
export type { Publication, PublishOptions } from './publication/publish';
export { PUBLISHED_PROCEDURES, inputKey } from './publication/grains';
export { PublicationSelection } from './publication/selection';
export { isoWeekDates, isoWeekOf, lastEndedWeek, parseIsoWeek } from './publication/iso-week';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
