/** What a stylesheet import is in jest (jest.config.js `moduleNameMapper`): nothing. Vite bundles the real CSS. */
export {};
