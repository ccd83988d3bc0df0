declare module 'virtual:dk-programme-widget' {
  /** The partner widget, bundled and minified, with the `__DK_BRAND__` and `__DK_SITE__` placeholders to fill. */
  const code: string;
  export default code;
}
