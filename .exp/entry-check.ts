import { hydrate } from 'svelte';
import D from '../src/islands/Checklist.svelte';
hydrate(D, { target: document.body, props: (window as any).m });
