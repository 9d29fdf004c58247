import { hydrate } from 'svelte';
import D from '../src/islands/Diagnose.svelte';
hydrate(D, { target: document.body, props: { model: (window as any).m } });
