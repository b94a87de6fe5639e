/**
 * Chart colours from the Rijkshuisstijl palette (the community design tokens name them
 * `--rhc-color-<name>-500`); canvas drawing needs the values themselves.
 */
export const PALETTE = {
  donkerblauw: '#01689b',
  oranje: '#e17000',
  groen: '#39870c',
  paars: '#42145f',
  lichtblauw: '#a9c8d8',
} as const;
