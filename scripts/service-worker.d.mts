export declare function buildServiceWorker(root: string): Promise<{ count: number; size: number; warnings: string[] }>;
