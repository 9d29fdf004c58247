export declare function builtPages(dir?: string): string[];
