// Types of pages.mjs, for the TypeScript that imports it (bench/sizes.ts).
export declare const primitives: string[];
export declare const form: string;
export declare const features: { define: string; markup: string }[];
export declare function body(api: string): string;
export declare function tags(): string[];
