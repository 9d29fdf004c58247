declare module 'virtual:search-dialog' {
  /** The built address of src/islands/open-search.ts, which mounts the search dialog (see astro.config.mjs). */
  const url: string;
  export default url;
}

declare namespace Astro {
  interface ClientDirectives {
    /** Hydrate on first use, or at load when something is saved under its keys (src/islands/intent-directive.ts). */
    'client:intent'?: import('./islands/intent-directive').IntentOptions;
  }
}
