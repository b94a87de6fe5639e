/** Test helpers for this package's and other packages' tests (`@img-groningen/db/testing`). */
export * from './databases';
export { seedReference } from './seed';
