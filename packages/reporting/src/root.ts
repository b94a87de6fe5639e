import { applicationsRouter } from './router/applications';
import { progressRouter } from './router/progress';
import { leadTimesRouter } from './router/lead-times';
import { objectionsRouter } from './router/objections';
import { metaRouter } from './router/meta';
import { contractorsRouter } from './router/contractors';
import { relatedCasesRouter } from './router/related-cases';
import { outreachRouter } from './router/outreach';
import { publicationsRouter } from './router/publications';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  applications: applicationsRouter,
  progress: progressRouter,
  leadTimes: leadTimesRouter,
  objections: objectionsRouter,
  meta: metaRouter,
  contractors: contractorsRouter,
  relatedCases: relatedCasesRouter,
  outreach: outreachRouter,
  publications: publicationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
