declare module '*?chunk-url' {
  /** The built address of the module, a chunk of its own, to `import()` on first use (see astro.config.mjs). */
  const url: string;
  export default url;
}

declare namespace Astro {
  interface ClientDirectives {
    /** Hydrate on first use, or at load when something is saved under its keys (src/islands/shared/intent-directive.ts). */
    'client:intent'?: import('./islands/shared/intent-directive').IntentOptions;
  }
}
