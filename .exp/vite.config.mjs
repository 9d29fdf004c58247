import { svelte } from '@sveltejs/vite-plugin-svelte';
export default {
  root: process.cwd(),
  plugins: [svelte({ configFile: false, compilerOptions: { discloseVersion: false }, preprocess: [(await import('@sveltejs/vite-plugin-svelte')).vitePreprocess()] })],
  build: { outDir: '.exp/out-' + process.env.E, emptyOutDir: true, minify: true, rollupOptions: { input: '.exp/entry-' + process.env.E + '.ts', output: { entryFileNames: '[name].js' } } },
};
