/** The API client for management pages: the same router, with the login's bearer token. */
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '@img-groningen/reporting';
import { user } from './auth';

export const managementApi = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: '/trpc',
      headers: () => (user.value ? { authorization: `Bearer ${user.value.access_token}` } : {}),
    }),
  ],
});
