declare module 'virtual:search-dialog' {
  /** The built address of src/islands/open-search.ts, which mounts the search dialog (see astro.config.mjs). */
  const url: string;
  export default url;
}
declare module 'virtual:keep-offline' {
  /** The built address of src/islands/keep-offline.ts, which saves every guide for offline (see astro.config.mjs). */
  const url: string;
  export default url;
}
