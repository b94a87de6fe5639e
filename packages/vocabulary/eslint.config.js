export { default } from '@img-groningen/eslint-config/base';
