import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '@img-groningen/reporting';

/** The typed API client; the dashboard knows the router only by its type. */
export const api = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc' })],
});
