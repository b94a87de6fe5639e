import { applicationsRouter } from './router/applications';
import { progressRouter } from './router/progress';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  applications: applicationsRouter,
  progress: progressRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
