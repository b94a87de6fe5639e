import { applicationsRouter } from './router/applications';
import { progressRouter } from './router/progress';
import { leadTimesRouter } from './router/lead-times';
import { objectionsRouter } from './router/objections';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  applications: applicationsRouter,
  progress: progressRouter,
  leadTimes: leadTimesRouter,
  objections: objectionsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
