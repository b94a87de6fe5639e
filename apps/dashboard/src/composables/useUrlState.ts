/**
 * A filter kept in the URL's query, so that a view can be shared and survives a reload; the
 * default is left out of the URL.
 */
import { computed, type WritableComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';

export function useUrlState(name: string, fallback: () => string): WritableComputedRef<string> {
  const route = useRoute();
  const router = useRouter();
  return computed({
    get: () => {
      const value = route.query[name];
      return typeof value === 'string' && value !== '' ? value : fallback();
    },
    set: (value: string) => {
      const query = { ...route.query, [name]: value === fallback() ? undefined : value };
      void router.replace({ query });
    },
  });
}

/** The same for a number (a year). */
export function useUrlNumber(name: string, fallback: () => number): WritableComputedRef<number> {
  const text = useUrlState(name, () => String(fallback()));
  return computed({
    get: () => Number(text.value) || fallback(),
    set: (value: number) => (text.value = String(value)),
  });
}
