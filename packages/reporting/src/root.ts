import { applicationsRouter } from './router/applications';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  applications: applicationsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
