declare module 'virtual:search-dialog' {
  /** The built address of src/islands/open-search.ts, which mounts the search dialog (see astro.config.mjs). */
  const url: string;
  export default url;
}
