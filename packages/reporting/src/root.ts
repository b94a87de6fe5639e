import { applicationsRouter } from './router/applications';
import { progressRouter } from './router/progress';
import { leadTimesRouter } from './router/lead-times';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  applications: applicationsRouter,
  progress: progressRouter,
  leadTimes: leadTimesRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
