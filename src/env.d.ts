declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the window receives the event `request:<value>` (src/directives/request.ts). */
    'client:request'?: string;
  }
}
export {};
