// Jest runs the TypeScript sources through swc; type-checking is `npm run typecheck`.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { transform: { react: { runtime: "automatic" } } } }],
  },
  testTimeout: 60000,
  setupFilesAfterEnv: ["<rootDir>/test/helpers/remove-temp-dirs.ts"],
};
