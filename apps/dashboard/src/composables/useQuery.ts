/** Loads data for a page: the value, an error message and whether it is still loading. */
import { ref, watchEffect, type Ref } from 'vue';
import { tick } from './useRefresh';

export interface Query<T> {
  data: Ref<T | null>;
  error: Ref<string | null>;
  loading: Ref<boolean>;
}

export function useQuery<T>(load: () => Promise<T>): Query<T> {
  const data = ref<T | null>(null) as Ref<T | null>;
  const error = ref<string | null>(null);
  const loading = ref(true);
  let run = 0;
  watchEffect(() => {
    void tick.value; // a refresh asks again
    const mine = ++run;
    loading.value = true;
    error.value = null;
    load()
      .then((value) => {
        if (mine === run) data.value = value;
      })
      .catch((e: unknown) => {
        if (mine === run) error.value = e instanceof Error ? e.message : String(e);
      })
      .finally(() => {
        if (mine === run) loading.value = false;
      });
  });
  return { data, error, loading };
}
