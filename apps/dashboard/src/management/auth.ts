/**
 * The management login: OpenID Connect, authorization code with PKCE (oidc-client-ts), against
 * the issuer the host names in /auth-config.json. The user is kept for this browser tab only.
 */
import { ref } from 'vue';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

interface AuthConfig {
  issuer: string;
  clientId: string;
  audience: string;
  scope: string;
}

export const user = ref<User | null>(null);
let manager: Promise<UserManager | null> | null = null;

/** The login, or null when the host offers none. */
export function userManager(): Promise<UserManager | null> {
  manager ??= fetch('/auth-config.json').then(async (response) => {
    if (!response.ok) return null;
    const config = (await response.json()) as AuthConfig;
    const m = new UserManager({
      authority: config.issuer,
      client_id: config.clientId,
      redirect_uri: `${location.origin}/beheer/callback`,
      post_logout_redirect_uri: `${location.origin}/beheer`,
      response_type: 'code',
      scope: config.scope,
      // The access token is for the reporting API (a resource indicator).
      extraQueryParams: { resource: config.audience },
      extraTokenParams: { resource: config.audience },
      userStore: new WebStorageStateStore({ store: sessionStorage }),
      automaticSilentRenew: false,
    });
    const kept = await m.getUser();
    user.value = kept && !kept.expired ? kept : null;
    return m;
  });
  return manager;
}

export async function login(returnTo: string): Promise<void> {
  const m = await userManager();
  if (!m) throw new Error('no management login is configured on this server');
  await m.signinRedirect({ state: returnTo });
}

/** Completes the login after the issuer sends the browser back; where to go next. */
export async function completeLogin(): Promise<string> {
  const m = await userManager();
  if (!m) throw new Error('no management login is configured on this server');
  const signedIn = await m.signinRedirectCallback();
  user.value = signedIn;
  return typeof signedIn.state === 'string' ? signedIn.state : '/beheer';
}

export async function logout(): Promise<void> {
  const m = await userManager();
  await m?.removeUser();
  user.value = null;
}
